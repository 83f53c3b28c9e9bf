import { resolve } from 'node:path';
import { z } from 'zod';
import { isValidTimeZone } from '@motcua/core';

const bool = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

function minutesOf(hhmm: string | undefined): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm ?? '');
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  return Number(m[1]) * 60 + Number(m[2]);
}

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  MOTCUA_DATA_DIR: z.string().min(1).default('./data'),
  MOTCUA_TIME_ZONE: z
    .string()
    .default('Asia/Ho_Chi_Minh')
    .refine(isValidTimeZone, 'không phải múi giờ IANA hợp lệ'),
  MOTCUA_OFFICE_NAME: z.string().min(1).max(120).default('UBND PHƯỜNG DEMO'),
  MOTCUA_UNIT_NAME: z.string().min(1).max(120).default('Bộ phận Tiếp nhận và Trả kết quả'),
  MOTCUA_SEED: z.enum(['demo', 'none']).default('demo'),
  MOTCUA_AGENCY_CODE: z
    .string()
    .regex(/^[A-Z0-9][A-Z0-9.]{0,30}$/, 'mã cơ quan: chữ in hoa, số, dấu chấm (vd H15.50.05.13)')
    .default('H99.01.01.01'),
  MOTCUA_PARENT_AGENCY: z.string().min(1).max(120).default('UBND TỈNH DEMO'),
  MOTCUA_PLACE_NAME: z.string().min(1).max(120).default('Phường Demo'),
  MOTCUA_HELPDESK_PHONE: z.string().min(3).max(40).optional(),
  MOTCUA_SESSION_HOURS: z.coerce.number().min(0.05).max(720).default(12),
  MOTCUA_SYNCHRONOUS: z.enum(['FULL', 'NORMAL']).default('FULL'),
  MOTCUA_ISSUING_HOURS: z
    .string()
    .regex(/^(\d{2}:\d{2}-\d{2}:\d{2})(,\d{2}:\d{2}-\d{2}:\d{2})*$/, 'dạng 07:30-11:30,13:30-17:00')
    .refine(
      (v) =>
        v.split(',').every((w) => {
          const [from, to] = w.split('-').map(minutesOf);
          return from !== null && to !== null && from! < to!;
        }),
      'giờ phải hợp lệ (00:00–23:59) và giờ bắt đầu trước giờ kết thúc',
    )
    .optional(),
  MOTCUA_PUBLIC_URL: z.url().optional(),
  MOTCUA_VIRTUAL_PRINTER: z
    .string()
    .regex(/^(off|[\w.-]+:\d{1,5})$/, 'dạng host:port, hoặc off')
    .default('127.0.0.1:9100'),
  MOTCUA_TICKET_FOOTER: z.string().min(1).max(200).optional(),
  MOTCUA_TRUST_PROXY: bool.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface HubConfig {
  port: number;
  host: string;
  dataDir: string;
  timeZone: string;
  officeName: string;
  unitName: string;
  seed: 'demo' | 'none';
  /** Printed in dossier codes `<agency code>-<YYMMDD>-<NNNN>`. */
  agencyCode: string;
  parentAgency: string;
  /** The place on forms' date line ("Phường X, ngày …"). */
  placeName: string;
  helpdeskPhone: string | null;
  sessionHours: number;
  synchronous: 'FULL' | 'NORMAL';
  issuingHours: Array<[string, string]> | null;
  publicUrl: string | null;
  /** Where the demo's virtual printer listens; null = none. */
  virtualPrinter: { host: string; port: number } | null;
  ticketFooter: string | null;
  trustProxy: boolean;
  logLevel: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cấu hình không hợp lệ:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses the environment once, failing with every bad setting listed. Nothing else reads process.env. */
export function loadConfig(env: Record<string, string | undefined>): HubConfig {
  const r = EnvSchema.safeParse(env);
  if (!r.success) {
    throw new ConfigError(r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = r.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.MOTCUA_DATA_DIR),
    timeZone: e.MOTCUA_TIME_ZONE,
    officeName: e.MOTCUA_OFFICE_NAME,
    unitName: e.MOTCUA_UNIT_NAME,
    seed: e.MOTCUA_SEED,
    agencyCode: e.MOTCUA_AGENCY_CODE,
    parentAgency: e.MOTCUA_PARENT_AGENCY,
    placeName: e.MOTCUA_PLACE_NAME,
    helpdeskPhone: e.MOTCUA_HELPDESK_PHONE ?? null,
    sessionHours: e.MOTCUA_SESSION_HOURS,
    synchronous: e.MOTCUA_SYNCHRONOUS,
    issuingHours: e.MOTCUA_ISSUING_HOURS
      ? e.MOTCUA_ISSUING_HOURS.split(',').map((w) => w.split('-') as [string, string])
      : null,
    publicUrl: e.MOTCUA_PUBLIC_URL?.replace(/\/$/, '') ?? null,
    virtualPrinter:
      e.MOTCUA_VIRTUAL_PRINTER === 'off'
        ? null
        : {
            host: e.MOTCUA_VIRTUAL_PRINTER.slice(0, e.MOTCUA_VIRTUAL_PRINTER.lastIndexOf(':')),
            port: Number(e.MOTCUA_VIRTUAL_PRINTER.slice(e.MOTCUA_VIRTUAL_PRINTER.lastIndexOf(':') + 1)),
          },
    ticketFooter: e.MOTCUA_TICKET_FOOTER ?? null,
    trustProxy: e.MOTCUA_TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
  };
}

/** Config for tests and embedding: defaults with overrides, no environment read. */
export function testConfig(overrides: Partial<HubConfig> = {}): HubConfig {
  return { ...loadConfig({ LOG_LEVEL: 'silent' }), ...overrides };
}
