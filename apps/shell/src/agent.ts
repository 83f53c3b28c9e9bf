import { readFileSync } from 'node:fs';
import {
  createAgent,
  parsePrinterProfiles,
  parseScannerSpecs,
  scannerSources,
  type Agent,
  type AgentLog,
  type AgentOptions,
} from '@motcua/agent';
import type { BridgePrinterStatus, ShellConfig } from './shellProtocol.js';

/** The machine's local printers, next to `motcua-shell.json` (written at install time, kept across pairings). */
export const PRINTERS_FILE = 'printers.json';

export interface ShellAgentDeps {
  log: AgentLog;
  /** createAgent of @motcua/agent by default; tests inject their own. */
  createAgent?: (options: AgentOptions) => Agent;
  /** Where `printers.json` is (the config directory's); absent: this machine drives no printer. */
  printersFile?: string;
  /** Reads a file (fs by default). */
  readFile?: (path: string) => string;
}

/**
 * The local printer profiles of `printers.json`: a JSON array of @motcua/printer profiles
 * (`usb-file` or `serial`). A profile written without an `id` takes the printer id the admin gave
 * at pairing (`printerProfileId`), so the installer does not need to know it. Problems are logged
 * and the bad profiles left out: a kiosk whose printer is misconfigured still shows its page.
 */
export function loadShellPrinters(config: ShellConfig, deps: ShellAgentDeps): NonNullable<AgentOptions['printers']> {
  const file = deps.printersFile;
  const assigned = config.printerProfileId;
  if (!file) return [];
  let text: string;
  try {
    text = (deps.readFile ?? ((p) => readFileSync(p, 'utf8')))(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      if (assigned) deps.log.warn({ file, printerProfileId: assigned }, 'the hub assigned a printer to this machine, but there is no printers.json');
      return [];
    }
    deps.log.error({ file, err: code ?? (e as Error).message }, 'printers.json cannot be read: no local printer');
    return [];
  }
  let raws: unknown;
  try {
    raws = JSON.parse(text);
  } catch (e) {
    deps.log.error({ file, err: (e as Error).message }, 'printers.json is not JSON: no local printer');
    return [];
  }
  if (!Array.isArray(raws)) {
    deps.log.error({ file }, 'printers.json must be a JSON array of printer profiles: no local printer');
    return [];
  }
  const { profiles, problems } = parsePrinterProfiles(raws, PRINTERS_FILE, assigned);
  if (problems.length) deps.log.error({ file, problems }, 'printer settings ignored');
  if (assigned && !profiles.some((p) => p.id === assigned)) {
    deps.log.warn({ file, printerProfileId: assigned, printers: profiles.map((p) => p.id) }, 'the printer assigned at pairing is not in printers.json');
  }
  return profiles;
}

/**
 * Starts the device agent in-process for a paired shell, with its scanners and local printers.
 * Returns null when the shell has no device token (a desk whose clerks log in and that drives
 * no local hardware).
 */
export function startShellAgent(config: ShellConfig, deps: ShellAgentDeps): Agent | null {
  if (!config.deviceToken) return null;
  let scanners: AgentOptions['scanners'] = [];
  try {
    scanners = scannerSources(parseScannerSpecs(config.scanners ?? ''));
  } catch (e) {
    deps.log.error({ err: (e as Error).message }, 'scanner settings ignored');
  }
  const printers = loadShellPrinters(config, deps);
  const agent = (deps.createAgent ?? createAgent)({ hubUrl: config.hubUrl, deviceToken: config.deviceToken, scanners, printers, log: deps.log });
  agent.start();
  return agent;
}

/**
 * The bridge's `printerStatus()` from the agent: the printer assigned at pairing (or the only
 * local one). `health`: error after a failed job (its code and message), warning when the roll is
 * nearly out, ok after a job printed with a known status, unknown before any job or when the
 * printer never answers status queries.
 */
export function shellPrinterStatus(agent: Agent | null, config: ShellConfig | null): BridgePrinterStatus {
  const status = agent?.status();
  const printers = status?.printers ?? [];
  const p = printers.find((x) => x.id === config?.printerProfileId) ?? (printers.length === 1 ? printers[0] : undefined);
  const base = { local: Boolean(p ?? config?.printerProfileId), agent: status?.connection ?? 'stopped' } as const;
  if (!p) return { ...base, health: 'unknown', code: null, message: null };
  if (p.state === 'error' && p.error) return { ...base, health: 'error', code: p.error.code, message: p.error.message };
  if (p.warnings.includes('PAPER_NEAR_END')) {
    return { ...base, health: 'warning', code: 'PAPER_NEAR_END', message: 'Máy in sắp hết giấy — hãy thay cuộn giấy mới.' };
  }
  if (!p.lastJob || p.warnings.includes('STATUS_UNKNOWN')) return { ...base, health: 'unknown', code: null, message: null };
  return { ...base, health: 'ok', code: null, message: null };
}
