import type { TicketPrintData } from '../../src/index.js';

export const SAMPLE_TICKET: TicketPrintData = {
  agencyName: 'UBND phường Bến Thành',
  unitName: 'Bộ phận tiếp nhận và trả kết quả',
  label: 'A025',
  serviceName: 'Hộ tịch',
  priority: null,
  peopleAhead: 12,
  estimatedWait: { minMinutes: 10, maxMinutes: 20 },
  issuedAt: '2026-11-28T07:05:00Z',
  timeZone: 'Asia/Ho_Chi_Minh',
  statusUrl: 'http://192.168.1.10:8080/t/2026-11-28/A025',
};
