import { readFileSync } from 'node:fs';
import type { Counter, Service } from '@motcua/protocol';
import { PrinterProfileSchema } from '@motcua/printer';
import type { PrintRepository, QueueRepository } from '@motcua/store';
import type { AuthService } from '../auth/auth-service.js';

interface Procedure {
  field: string;
}

/** Demo services: one letter prefix per real field (lĩnh vực) of the procedure catalog. */
const DEMO_SERVICES: Array<{ id: string; prefix: string; name: string; field: string | null }> = [
  { id: 'ho-tich', prefix: 'A', name: 'Hộ tịch', field: 'Hộ tịch' },
  { id: 'chung-thuc', prefix: 'B', name: 'Chứng thực', field: 'Chứng thực' },
  { id: 'dat-dai', prefix: 'C', name: 'Đất đai', field: 'Đất đai' },
  {
    id: 'ho-kinh-doanh',
    prefix: 'D',
    name: 'Hộ kinh doanh',
    field: 'Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)',
  },
  { id: 'xay-dung', prefix: 'E', name: 'Xây dựng', field: 'Hoạt động xây dựng' },
  { id: 'linh-vuc-khac', prefix: 'F', name: 'Lĩnh vực khác', field: null },
];

const DEMO_COUNTERS: Array<{ number: number; name: string; services: Array<[string, number]> }> = [
  { number: 1, name: 'Quầy 1 — Hộ tịch', services: [['ho-tich', 2], ['chung-thuc', 1]] },
  { number: 2, name: 'Quầy 2 — Chứng thực', services: [['chung-thuc', 2], ['ho-tich', 1]] },
  { number: 3, name: 'Quầy 3 — Đất đai', services: [['dat-dai', 1]] },
  { number: 4, name: 'Quầy 4 — Kinh doanh, Xây dựng', services: [['ho-kinh-doanh', 1], ['xay-dung', 1]] },
  {
    number: 5,
    name: 'Quầy 5 — Tổng hợp',
    services: [['linh-vuc-khac', 2], ['ho-tich', 0], ['chung-thuc', 0], ['dat-dai', 0], ['ho-kinh-doanh', 0], ['xay-dung', 0]],
  },
];

export const DEMO_ADMIN = { username: 'admin', password: 'motcua-admin' };
export const DEMO_CLERK_PASSWORD = 'motcua-demo';

export interface DemoCredentials {
  admin: { username: string; password: string };
  officers: Array<{ username: string; password: string; unit: string }>;
  clerks: Array<{ username: string; password: string; counterId: string; counterNumber: number }>;
  deviceTokens: { kiosk: string; display: string };
}

/** The procedures file shipped with the hub (a copy of the shared reference data). */
export function loadProcedures(path: string): Procedure[] {
  return JSON.parse(readFileSync(path, 'utf8')) as Procedure[];
}

/**
 * Seeds an empty database with a demo office: services from real fields, counters, one clerk per
 * counter, an admin and a kiosk and a TV device. Does nothing when services already exist.
 * Returns the demo credentials (device tokens of the demo devices are kept in `meta` — demo only).
 */
export const DEMO_PRINTER = PrinterProfileSchema.parse({
  id: 'may-in-kiosk',
  name: 'Máy in kiosk sảnh chính (máy in ảo)',
  transport: { kind: 'virtual' },
  widthDots: 576,
  dpi: 203,
});

export const DEMO_COUNTER_PRINTER = PrinterProfileSchema.parse({
  id: 'may-in-quay',
  name: 'Máy in quầy (máy in ảo)',
  transport: { kind: 'virtual' },
  widthDots: 576,
  dpi: 203,
});

/** Department officers who process dossiers after reception (commune level). */
export const DEMO_OFFICERS = [
  { username: 'tuphap', displayName: 'Nguyễn Thị Lan', unit: 'Công chức Tư pháp – Hộ tịch' },
  { username: 'diachinh', displayName: 'Trần Văn Minh', unit: 'Công chức Địa chính – Xây dựng' },
  { username: 'lanhdao', displayName: 'Lê Quang Hùng', unit: 'Lãnh đạo UBND' },
] as const;
export const DEMO_OFFICER_PASSWORD = 'motcua-demo';

export async function seedDemo(
  repo: QueueRepository,
  auth: AuthService,
  print: PrintRepository,
  proceduresPath: string,
): Promise<DemoCredentials> {
  if (repo.services().length === 0) {
    const fields = new Set(loadProcedures(proceduresPath).map((p) => p.field));
    DEMO_SERVICES.forEach((s, i) => {
      if (s.field !== null && !fields.has(s.field)) throw new Error(`demo field missing from catalog: ${s.field}`);
      const service: Service = {
        ...s,
        numberStart: 1,
        numberWidth: 3,
        priorityPolicy: { mode: 'strict' },
        dailyCap: null,
        active: true,
        sortOrder: i,
      };
      repo.saveService(service);
    });
    for (const c of DEMO_COUNTERS) {
      const counter: Counter = {
        id: `quay-${c.number}`,
        number: c.number,
        name: c.name,
        services: c.services.map(([serviceId, weight]) => ({ serviceId, weight })),
        status: 'closed',
        clerkId: null,
        clerkName: null,
        currentTicketId: null,
        pauseReason: null,
      };
      repo.saveCounter(counter);
    }
    await auth.createUser({ ...DEMO_ADMIN, displayName: 'Quản trị viên', role: 'admin' });
    for (const c of DEMO_COUNTERS) {
      await auth.createUser({
        username: `clerk${c.number}`,
        password: DEMO_CLERK_PASSWORD,
        displayName: `Cán bộ quầy ${c.number}`,
        role: 'clerk',
        unit: 'Bộ phận Tiếp nhận và Trả kết quả',
      });
    }
    print.savePrinter(DEMO_PRINTER.id, DEMO_PRINTER);
    print.savePrinter(DEMO_COUNTER_PRINTER.id, DEMO_COUNTER_PRINTER);
    for (const c of DEMO_COUNTERS) auth.assignCounterPrinter(`quay-${c.number}`, DEMO_COUNTER_PRINTER.id);
    for (const o of DEMO_OFFICERS) {
      await auth.createUser({ ...o, password: DEMO_OFFICER_PASSWORD, role: 'officer' });
    }
    const kiosk = auth.createDevice({ name: 'Kiosk sảnh chính', role: 'kiosk' });
    auth.assignPrinter(kiosk.device.id, DEMO_PRINTER.id);
    const display = auth.createDevice({ name: 'TV phòng chờ', role: 'display' });
    repo.setMeta('demoDeviceTokens', JSON.stringify({ kiosk: kiosk.token, display: display.token }));
  }
  const tokens = JSON.parse(repo.meta('demoDeviceTokens') ?? '{"kiosk":"","display":""}') as DemoCredentials['deviceTokens'];
  return {
    admin: DEMO_ADMIN,
    officers: DEMO_OFFICERS.map((o) => ({ username: o.username, password: DEMO_OFFICER_PASSWORD, unit: o.unit })),
    clerks: DEMO_COUNTERS.map((c) => ({
      username: `clerk${c.number}`,
      password: DEMO_CLERK_PASSWORD,
      counterId: `quay-${c.number}`,
      counterNumber: c.number,
    })),
    deviceTokens: tokens,
  };
}
