/**
 * Test fixtures for the dossier rules: the official 2024–2026 calendar, office-time instants,
 * people, and dossiers built through the real reception and actions. Used only by the
 * `*.test.ts` files next to it; nothing in production imports it.
 */
import type { Dossier, PersonRef, TimeUnit } from '@motcua/protocol';
import { holidaysFile } from '../calendar/fixtures/holidays.js';
import { parseOfficeInstant, toOfficeIso } from '../calendar/office-time.js';
import { buildCalendar } from '../calendar/working-calendar.js';
import { formatDossierCode } from './code.js';
import { applyDossierAction } from './lifecycle.js';
import type { DossierAction, DossierContext } from './lifecycle.js';
import { newReceivedDossier } from './receive.js';

export const TZ = 'Asia/Ho_Chi_Minh';
export const calendar = buildCalendar(holidaysFile.official, { statutory: holidaysFile.statutory });
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Epoch ms of an office wall-clock time, `2026-10-05T10:00` (read in Asia/Ho_Chi_Minh). */
export const at = (local: string): number => parseOfficeInstant(local, TZ);
/** The stored form of an office wall-clock time: `2026-10-05T10:00:00+07:00`. */
export const iso = (local: string): string => toOfficeIso(at(local), TZ);

export const person = (id: string, unit: string): PersonRef => ({ id, name: `Cán bộ ${id}`, unit });
export const CLERK = person('clerk1', 'Bộ phận một cửa');
export const OFFICER = person('cv1', 'Phòng Tư pháp');
export const OFFICER2 = person('cv2', 'Phòng Tài nguyên và Môi trường');

export const ctx = (local: string | number, actor: PersonRef = OFFICER): DossierContext => ({
  now: typeof local === 'number' ? local : at(local),
  actor,
  calendar,
  timeZone: TZ,
});

let seq = 0;

export interface ReceiveOptions {
  amount?: number;
  unit?: TimeUnit;
  field?: string;
  channel?: Dossier['channel'];
}

/** A dossier accepted at the counter at an office wall-clock time (default: 5 working days, Hộ tịch, in person). */
export function receive(local: string, o: ReceiveOptions = {}): Dossier {
  seq = (seq % 9999) + 1;
  const r = newReceivedDossier({
    code: formatDossierCode('H15.50.05.13', local.slice(0, 10), seq),
    procedure: {
      code: '1.001193',
      name: 'Đăng ký khai sinh',
      field: o.field ?? 'Hộ tịch',
      processingTime: { amount: o.amount ?? 5, unit: o.unit ?? 'working-days' },
    },
    applicant: { name: 'Nguyễn Văn An', idNumber: '001090000001', phone: '0912345678', address: 'Thôn 1, xã Yên Sở', email: null },
    components: [{ name: 'Tờ khai đăng ký khai sinh', form: 'original', count: 1 }],
    sets: 1,
    channel: o.channel ?? 'in-person',
    returnMethod: 'counter',
    receivedAt: at(local),
    receivedBy: CLERK,
    counterId: 'q1',
    ticketId: null,
    logBook: 'Sổ 01',
    entryNumber: seq,
    calendar,
    timeZone: TZ,
  });
  if (!r.ok) throw new Error(`receive refused: ${r.error.message}`);
  return r.value;
}

/** Applies an action that must succeed. */
export function act(d: Dossier, action: DossierAction, local: string, actor: PersonRef = OFFICER): Dossier {
  const r = applyDossierAction(d, action, ctx(local, actor));
  if (!r.ok) throw new Error(`${action.type} at ${local} refused: ${r.error.message}`);
  return r.value;
}

/** Recursively freezes a value so a test fails if the domain mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
