import { readFileSync } from 'node:fs';
import type { PrinterProfile } from '@motcua/printer/device';
import { createHidScannerSource, createSerialScannerSource, type ScannerSource } from '@motcua/scanner';
import { parsePrinterProfiles } from './printerProfiles.js';

/** Standalone agent settings, from the environment (nothing else reads `process.env`). */
export interface AgentEnv {
  hubUrl: string;
  deviceToken: string;
  scanners: ScannerSpec[];
  /** Local printers (USB device files, serial lines), validated profiles. */
  printers: PrinterProfile[];
  logLevel: string;
}

export type ScannerSpec =
  | { kind: 'hid-pos'; vendorId?: number; productId?: number; path?: string }
  | { kind: 'serial'; path: string; baudRate: number };

export class AgentEnvError extends Error {
  override readonly name = 'AgentEnvError';
  constructor(readonly problems: string[]) {
    super(`motcua-agent: bad settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * One scanner per comma-separated item:
 * - `hid` — the first HID POS scanner (usage page 0x8C);
 * - `hid:0c2e:0b61` — by USB vendor:product id (hex); `hid:/dev/hidraw3` — by path;
 * - `serial:/dev/ttyACM0` or `serial:/dev/ttyUSB0@115200` — serial, 9600 baud by default.
 */
export function parseScannerSpecs(text: string): ScannerSpec[] {
  const specs: ScannerSpec[] = [];
  for (const raw of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    if (raw === 'hid') {
      specs.push({ kind: 'hid-pos' });
      continue;
    }
    const ids = /^hid:([0-9a-f]{4}):([0-9a-f]{4})$/i.exec(raw);
    if (ids) {
      specs.push({ kind: 'hid-pos', vendorId: parseInt(ids[1]!, 16), productId: parseInt(ids[2]!, 16) });
      continue;
    }
    const hidPath = /^hid:(\/.+)$/.exec(raw);
    if (hidPath) {
      specs.push({ kind: 'hid-pos', path: hidPath[1]! });
      continue;
    }
    const serial = /^serial:([^@]+)(?:@(\d+))?$/.exec(raw);
    if (serial) {
      specs.push({ kind: 'serial', path: serial[1]!, baudRate: serial[2] ? Number(serial[2]) : 9600 });
      continue;
    }
    throw new AgentEnvError([`MOTCUA_SCANNERS: "${raw}" is not hid, hid:VVVV:PPPP, hid:/dev/hidrawN or serial:/dev/tty…[@baud]`]);
  }
  return specs;
}

export function scannerSources(specs: readonly ScannerSpec[]): ScannerSource[] {
  return specs.map((s) => (s.kind === 'serial' ? createSerialScannerSource({ path: s.path, baudRate: s.baudRate }) : createHidScannerSource(s)));
}

/**
 * MOTCUA_PRINTERS: a JSON array of printer profiles, or the path of a JSON file holding one.
 * Returns the raw array and where it came from (for messages), or the problem.
 */
export function readPrintersSetting(
  text: string | undefined,
  readFile: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): { ok: true; raws: unknown[]; where: string } | { ok: false; problem: string } {
  const value = text?.trim() ?? '';
  if (!value) return { ok: true, raws: [], where: 'MOTCUA_PRINTERS' };
  const inline = value.startsWith('[') || value.startsWith('{');
  const where = inline ? 'MOTCUA_PRINTERS' : `MOTCUA_PRINTERS (${value})`;
  let json: string;
  if (inline) json = value;
  else {
    try {
      json = readFile(value);
    } catch (e) {
      return { ok: false, problem: `MOTCUA_PRINTERS: cannot read ${value} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); give a JSON array of printer profiles or the path of a file holding one` };
    }
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (e) {
    return { ok: false, problem: `${where}: not JSON (${(e as Error).message})` };
  }
  if (!Array.isArray(parsed)) return { ok: false, problem: `${where}: must be a JSON array of printer profiles` };
  return { ok: true, raws: parsed, where };
}

/** Reads MOTCUA_HUB_URL, MOTCUA_DEVICE_TOKEN, MOTCUA_SCANNERS, MOTCUA_PRINTERS, LOG_LEVEL; throws every problem at once. */
export function loadAgentEnv(env: Record<string, string | undefined>): AgentEnv {
  const problems: string[] = [];
  const hubUrl = env.MOTCUA_HUB_URL?.trim() ?? '';
  try {
    const u = new URL(hubUrl);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') problems.push('MOTCUA_HUB_URL must be http:// or https://');
  } catch {
    problems.push('MOTCUA_HUB_URL is missing or not a URL (e.g. http://192.168.1.10:8080)');
  }
  const deviceToken = env.MOTCUA_DEVICE_TOKEN?.trim() ?? '';
  if (deviceToken.length < 10) problems.push('MOTCUA_DEVICE_TOKEN is missing (the dev_… token an admin created for this machine)');
  let scanners: ScannerSpec[] = [];
  try {
    scanners = parseScannerSpecs(env.MOTCUA_SCANNERS ?? '');
  } catch (e) {
    problems.push(...(e as AgentEnvError).problems);
  }
  let printers: PrinterProfile[] = [];
  const printersSetting = readPrintersSetting(env.MOTCUA_PRINTERS);
  if (!printersSetting.ok) problems.push(printersSetting.problem);
  else {
    const parsed = parsePrinterProfiles(printersSetting.raws, printersSetting.where);
    printers = parsed.profiles;
    problems.push(...parsed.problems);
  }
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) problems.push(`LOG_LEVEL "${logLevel}" is not a pino level`);
  if (problems.length) throw new AgentEnvError(problems);
  return { hubUrl: new URL(hubUrl).origin, deviceToken, scanners, printers, logLevel };
}

/** Masks a token for logs: `dev_ab…(40)`. */
export const maskToken = (t: string): string => `${t.slice(0, 6)}…(${t.length})`;
