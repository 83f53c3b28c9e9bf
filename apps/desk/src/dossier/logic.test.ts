import { describe, expect, it } from 'vitest';
import type { Procedure } from '@motcua/protocol';
import {
  actionsFor,
  allowedActions,
  defaultForm,
  dueDatePath,
  effectiveTime,
  emptyForm,
  fieldErrors,
  friendlyMessage,
  localInputToIso,
  missingComponents,
  missingFields,
  normalizeDossierCode,
  offsetOf,
  peopleOf,
  processingTimeLabel,
  receiveInput,
  rowsFor,
} from './logic.js';

const procedure = (patch: Partial<Procedure> = {}): Procedure => ({
  code: '1.001193',
  name: 'Thủ tục đăng ký khai sinh',
  field: 'Hộ tịch',
  level: 'xa',
  processingTime: { amount: 1, unit: 'working-days' },
  fee: null,
  components: [
    'Tờ khai đăng ký khai sinh',
    'Giấy chứng sinh',
    'Biên bản về việc trẻ bị bỏ rơi (trường hợp trẻ bị bỏ rơi)',
    'Giấy tờ tùy thân (hộ chiếu/thẻ căn cước) – xuất trình',
  ],
  onlineLevel: null,
  active: true,
  ...patch,
});

const person = (id: string, name = id, unit = 'Tư pháp') => ({ id, name, unit });

describe('dossier screens: pure helpers', () => {
  it('[D5] offers only the actions the status allows, re-schedule once', () => {
    expect(allowedActions({ status: 2, rescheduled: null })).toEqual(['start', 'handoff', 'reschedule', 'stop', 'withdraw']);
    expect(allowedActions({ status: 4, rescheduled: null })).toEqual([
      'handoff',
      'request-supplement',
      'request-financial',
      'resolve',
      'reschedule',
      'stop',
      'withdraw',
    ]);
    expect(allowedActions({ status: 5, rescheduled: { previousDueAt: '', newDueAt: '', reason: 'x', at: '' } })).toEqual([
      'supplement-received',
      'stop',
      'withdraw',
    ]);
    expect(allowedActions({ status: 9, rescheduled: null })).toEqual(['return']);
    for (const s of [7, 8, 10] as const) expect(allowedActions({ status: s, rescheduled: null })).toEqual([]);
  });

  it('gives the holder and admins every allowed action, other clerks only return/withdraw, other officers none', () => {
    const d = { status: 4 as const, rescheduled: null, holder: person('u-officer') };
    expect(actionsFor(d, { id: 'u-officer', role: 'officer' })).toContain('resolve');
    expect(actionsFor(d, { id: 'u-admin', role: 'admin' })).toContain('resolve');
    expect(actionsFor(d, { id: 'u-clerk', role: 'clerk' })).toEqual(['withdraw']);
    expect(actionsFor({ ...d, status: 9 }, { id: 'u-clerk', role: 'clerk' })).toEqual(['return']);
    expect(actionsFor(d, { id: 'u-other', role: 'officer' })).toEqual([]);
  });

  it('guesses a component form from its catalog name', () => {
    expect(defaultForm('Giấy tờ tùy thân – xuất trình')).toBe('presented');
    expect(defaultForm('Bản sao chứng thực Giấy khai sinh')).toBe('certified-copy');
    expect(defaultForm('Bản sao Giấy chứng nhận kết hôn')).toBe('copy');
    expect(defaultForm('Tờ khai đăng ký khai sinh')).toBe('original');
  });

  it("splits the hub's 400 message into fields, and leaves other messages whole", () => {
    expect(fieldErrors('Dữ liệu không hợp lệ — applicant.phone: số điện thoại không hợp lệ; applicant.idNumber: số giấy tờ tùy thân: 6–20 chữ/số')).toEqual({
      'applicant.phone': 'số điện thoại không hợp lệ',
      'applicant.idNumber': 'số giấy tờ tùy thân: 6–20 chữ/số',
    });
    expect(fieldErrors('Bạn không làm việc ở quầy 2.')).toEqual({});
    expect(fieldErrors('')).toEqual({});
  });

  it('names the fields in plain words instead of their paths', () => {
    expect(friendlyMessage('Dữ liệu không hợp lệ — applicant.phone: số điện thoại không hợp lệ; components.0.name: quá dài')).toBe(
      'Dữ liệu chưa hợp lệ — Số điện thoại: số điện thoại không hợp lệ; Thành phần hồ sơ đã nhận: quá dài',
    );
    expect(friendlyMessage('Dữ liệu không hợp lệ — applicant.email: email không hợp lệ')).toBe('Dữ liệu chưa hợp lệ — Email: email không hợp lệ');
    expect(friendlyMessage('Không có thủ tục này trong danh mục.')).toBe('Không có thủ tục này trong danh mục.');
  });

  it('builds the due-date query with the offset encoded and no amount for same-day', () => {
    expect(dueDatePath('2026-11-30T08:00:00+07:00', 15, 'working-days')).toBe(
      '/api/calendar/due-date?receivedAt=2026-11-30T08%3A00%3A00%2B07%3A00&amount=15&unit=working-days',
    );
    expect(dueDatePath('2026-11-30T01:00:00.000Z', null, 'same-day')).toBe(
      '/api/calendar/due-date?receivedAt=2026-11-30T01%3A00%3A00.000Z&unit=same-day',
    );
  });

  it('labels processing times, null when not published', () => {
    expect(processingTimeLabel({ amount: 15, unit: 'working-days' })).toBe('15 ngày làm việc');
    expect(processingTimeLabel({ amount: 0.5, unit: 'working-hours' })).toBe('0,5 giờ làm việc');
    expect(processingTimeLabel({ amount: null, unit: 'same-day' })).toBe('Trong ngày');
    expect(processingTimeLabel({ amount: null, unit: 'working-days' })).toBeNull();
  });

  it('[D2] normalises typed or scanned codes and refuses what cannot be one', () => {
    expect(normalizeDossierCode('  h99.01.01.01-261129-0001 ')).toBe('H99.01.01.01-261129-0001');
    expect(normalizeDossierCode('H99.01.01.01–261129–0001')).toBeNull();
    expect(normalizeDossierCode('ABC')).toBeNull();
    expect(normalizeDossierCode('')).toBeNull();
  });

  it('turns a datetime-local value into an instant with the office offset', () => {
    expect(offsetOf('2026-11-30T17:00:00+07:00')).toBe('+07:00');
    expect(offsetOf('2026-11-30T10:00:00Z')).toBe('+00:00');
    expect(localInputToIso('2026-12-01T09:30', '+07:00')).toBe('2026-12-01T09:30:00+07:00');
    expect(localInputToIso('', '+07:00')).toBeNull();
    expect(localInputToIso('2026-13-45T99:99', '+07:00')).toBeNull();
  });

  it('lists what is missing, then builds the POST body (trimmed, email null when blank, clerk time only when needed)', () => {
    const f = { ...emptyForm(), procedure: procedure() };
    f.components = rowsFor(f.procedure!);
    expect(missingFields(f)).toEqual(['ít nhất một giấy tờ', 'họ tên', 'số giấy tờ tùy thân', 'số điện thoại', 'địa chỉ']);
    f.components[0] = { ...f.components[0]!, checked: true, count: 2 };
    Object.assign(f, { name: ' Nguyễn Văn A ', idNumber: '0791 9000 1234', phone: '0901234567', address: 'Phường X', email: '  ' });
    expect(missingFields(f)).toEqual([]);
    const body = receiveInput(f, 'quay-1');
    expect(body).toMatchObject({
      counterId: 'quay-1',
      procedureCode: '1.001193',
      applicant: { name: 'Nguyễn Văn A', idNumber: '079190001234', email: null },
      components: [{ name: 'Tờ khai đăng ký khai sinh', form: 'original', count: 2 }],
      processingTime: null,
      returnMethod: 'counter',
    });
  });

  it('asks the clerk for a time when the procedure publishes none, and sends it', () => {
    const f = { ...emptyForm(), procedure: procedure({ processingTime: { amount: null, unit: 'working-days' } }) };
    expect(effectiveTime(f)).toBeNull();
    expect(missingFields(f)).toContain('thời hạn giải quyết');
    f.chosenAmount = '3';
    expect(effectiveTime(f)).toEqual({ amount: 3, unit: 'working-days' });
    expect(receiveInput(f, 'quay-1').processingTime).toEqual({ amount: 3, unit: 'working-days' });
    f.chosenAmount = 'abc';
    expect(effectiveTime(f)).toBeNull();
  });

  it('pre-fills Mẫu 02 with the unticked components, not the conditional ones', () => {
    const f = { ...emptyForm(), procedure: procedure() };
    f.components = rowsFor(f.procedure!).map((r, i) => ({ ...r, checked: i === 0 }));
    expect(missingComponents(f)).toEqual(['Giấy chứng sinh', 'Giấy tờ tùy thân (hộ chiếu/thẻ căn cước) – xuất trình']);
  });

  it('collects the people seen on dossiers for a hand-off, without the one asking', () => {
    const people = peopleOf(
      [
        { holder: person('u-1', 'Lan', 'Tư pháp') },
        {
          holder: person('u-2', 'Minh', 'Địa chính'),
          handoffs: [{ from: person('u-me', 'Tôi', 'Một cửa'), to: person('u-2', 'Minh', 'Địa chính'), at: '', note: null }],
          history: [],
        },
      ],
      'u-me',
    );
    expect(people.map((p) => p.id)).toEqual(['u-2', 'u-1']);
  });
});
