import { describe, expect, it } from 'vitest';
import type { Service } from '@motcua/protocol';
import { compareVi, foldVi, formatDateTime, onlineLevelText, processingTimeText, rankByPhrase, serviceForField } from './kioskFormat.js';

const svc = (id: string, field: string | null, active = true): Service =>
  ({ id, prefix: id.slice(0, 1).toUpperCase(), name: id, field, active, sortOrder: 0 }) as unknown as Service;

describe('kiosk look-up formatting', () => {
  it('processing time as published: working days, hours, same day, not published', () => {
    expect(processingTimeText({ amount: 1, unit: 'working-days' })).toBe('1 ngày làm việc');
    expect(processingTimeText({ amount: 15, unit: 'working-days' })).toBe('15 ngày làm việc');
    expect(processingTimeText({ amount: 8, unit: 'working-hours' })).toBe('8 giờ làm việc');
    expect(processingTimeText({ amount: 0.5, unit: 'working-days' })).toBe('0,5 ngày làm việc');
    expect(processingTimeText({ amount: 0, unit: 'same-day' })).toBe('Trong ngày');
    expect(processingTimeText({ amount: 0, unit: 'working-days' })).toBe('Trong ngày');
    expect(processingTimeText({ amount: null, unit: 'working-days' })).toBe('Chưa công bố');
  });

  it('online level in words, nothing when absent', () => {
    expect(onlineLevelText(null)).toBeNull();
    expect(onlineLevelText('  ')).toBeNull();
    expect(onlineLevelText('4')).toBe('Toàn trình (mức độ 4)');
    expect(onlineLevelText('mot phan')).toBe('Một phần (mức độ 3)');
    expect(onlineLevelText('Khác')).toBe('Khác');
  });

  it('a ticket for a procedure goes to the service of its field, else to the catch-all service', () => {
    const services = [svc('ho-tich', 'Hộ tịch'), svc('dat-dai', 'Đất đai', false), svc('khac', null)];
    expect(serviceForField(services, 'Hộ tịch')?.id).toBe('ho-tich');
    expect(serviceForField(services, 'Hộ tịch'.normalize('NFD'))?.id).toBe('ho-tich');
    expect(serviceForField(services, 'Đất đai')?.id, 'an inactive service takes no tickets').toBe('khac');
    expect(serviceForField(services, 'Người có công')?.id).toBe('khac');
    expect(serviceForField([svc('ho-tich', 'Hộ tịch')], 'Văn hóa')).toBeNull();
  });

  it('folds Vietnamese for matching and orders names holding the typed phrase first', () => {
    expect(foldVi('  Đăng  ký KHAI sinh ')).toBe('dang ky khai sinh');
    const names = [
      'Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú',
      'Thủ tục đăng ký lại khai sinh',
      'Thủ tục đăng ký khai sinh có yếu tố nước ngoài',
      'Thủ tục đăng ký khai sinh',
    ].map((name) => ({ name }));
    expect(rankByPhrase(names, 'DANG KY KHAI SINH').map((n) => n.name)).toEqual([
      'Thủ tục đăng ký khai sinh',
      'Thủ tục đăng ký khai sinh có yếu tố nước ngoài',
      'Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú',
      'Thủ tục đăng ký lại khai sinh',
    ]);
    expect(rankByPhrase(names, '')).toBe(names);
  });

  it('sorts fields in Vietnamese order and formats instants in the office time zone', () => {
    expect(['Đất đai', 'Văn hóa', 'Chứng thực', 'Dân tộc'].sort(compareVi)).toEqual(['Chứng thực', 'Dân tộc', 'Đất đai', 'Văn hóa']);
    expect(formatDateTime('2026-11-30T10:00:00.000Z', 'Asia/Ho_Chi_Minh')).toBe('17:00 — Thứ Hai, ngày 30 tháng 11 năm 2026');
    expect(formatDateTime('not a date', 'Asia/Ho_Chi_Minh')).toBe('—');
  });
});
