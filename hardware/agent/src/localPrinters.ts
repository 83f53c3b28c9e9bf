import { access, constants } from 'node:fs/promises';
import { createRawPrinter, transportFactory, type PrinterQueue, type PrinterProfile, type PrintResult, type TransportFactory } from '@motcua/printer/device';
import type { AgentLog, AgentPrintJob, AgentPrintOutcome, PrinterState } from './types.js';

/** The answer for a job addressed to a printer this machine does not have. */
export const UNKNOWN_PRINTER: AgentPrintOutcome = {
  ok: false,
  error: { code: 'PRINTER_ERROR', message: 'Không có máy in này trên thiết bị' },
  maybePrinted: false,
};

export interface LocalPrinters {
  readonly profiles: readonly PrinterProfile[];
  states(): PrinterState[];
  /** Marks which printers the hub accepted at the last registration. */
  setRegistered(ids: readonly string[]): void;
  /** Prints one job's raw bytes once on its printer (jobs of one printer run one after another). Never rejects. */
  print(job: AgentPrintJob): Promise<AgentPrintOutcome>;
  /** Resolves when every job started so far has an outcome. */
  idle(): Promise<void>;
  /** Logs, for each printer, a device path that is missing or not writable (nothing else changes). */
  checkAccess(): Promise<void>;
}

export interface LocalPrintersOptions {
  /** Makes one transport per job; `transportFactory()` of @motcua/printer by default (tests inject serialport's mock). */
  transports?: TransportFactory | undefined;
  log: AgentLog;
  onChange: () => void;
  now?: () => Date;
}

/** `PrintResult` of @motcua/printer → the `agent:print` ack. */
export function toOutcome(r: PrintResult): AgentPrintOutcome {
  return r.ok
    ? { ok: true, warnings: [...r.warnings] }
    : { ok: false, error: { code: r.error.code, message: r.error.message }, maybePrinted: r.maybePrinted };
}

/** One `createPrinter` queue per local profile, with the state the agent's status shows. */
export function createLocalPrinters(profiles: readonly PrinterProfile[], options: LocalPrintersOptions): LocalPrinters {
  const factory = options.transports ?? transportFactory();
  const now = options.now ?? (() => new Date());
  const { log } = options;
  const running = new Set<Promise<unknown>>();
  const entries = new Map<string, { printer: PrinterQueue<Uint8Array>; state: PrinterState }>(
    profiles.map((p) => [
      p.id,
      {
        printer: createRawPrinter(p, factory),
        state: {
          id: p.id,
          name: p.name,
          transport: p.transport.kind,
          path: 'path' in p.transport ? p.transport.path : '',
          registered: false,
          state: 'ready',
          pending: 0,
          printed: 0,
          failed: 0,
          lastJob: null,
          warnings: [],
          error: null,
        },
      },
    ]),
  );

  const run = async (printer: PrinterQueue<Uint8Array>, state: PrinterState, job: AgentPrintJob): Promise<AgentPrintOutcome> => {
    state.pending++;
    state.state = 'printing';
    options.onChange();
    let outcome: AgentPrintOutcome;
    try {
      const r = await printer.print(job.bytes);
      outcome = toOutcome(r);
      if (r.ok) log.info({ jobId: job.id, printer: state.id, bytes: r.bytes, warnings: r.warnings }, 'printed');
      else {
        log.warn(
          { jobId: job.id, printer: state.id, code: r.error.code, stage: r.stage, maybePrinted: r.maybePrinted, detail: r.error.detail },
          'print failed',
        );
      }
    } catch (e) {
      // createPrinter only rejects a job it never started (a closed printer): nothing was sent.
      log.error({ jobId: job.id, printer: state.id, err: e instanceof Error ? e.message : String(e) }, 'print refused');
      outcome = { ok: false, error: { code: 'PRINTER_ERROR', message: 'Lỗi máy in.' }, maybePrinted: false };
    }
    state.pending--;
    state.lastJob = { id: job.id, ok: outcome.ok, at: now().toISOString() };
    if (outcome.ok) {
      state.printed++;
      state.warnings = outcome.warnings;
      state.error = null;
    } else {
      state.failed++;
      state.warnings = [];
      state.error = outcome.error;
    }
    state.state = state.pending > 0 ? 'printing' : outcome.ok ? 'ready' : 'error';
    options.onChange();
    return outcome;
  };

  return {
    profiles: [...profiles],
    states: () => [...entries.values()].map((e) => ({ ...e.state, warnings: [...e.state.warnings] })),
    setRegistered(ids) {
      for (const [id, e] of entries) e.state.registered = ids.includes(id);
      options.onChange();
    },
    print(job) {
      const entry = entries.get(job.printerId);
      if (!entry) {
        log.warn({ jobId: job.id, printer: job.printerId }, 'print job for a printer this machine does not have');
        return Promise.resolve(UNKNOWN_PRINTER);
      }
      if (job.bytes.length === 0) {
        return Promise.resolve({ ok: false, error: { code: 'INVALID_DOCUMENT', message: 'Nội dung cần in không hợp lệ' }, maybePrinted: false });
      }
      const p = run(entry.printer, entry.state, job);
      running.add(p);
      void p.finally(() => running.delete(p));
      return p;
    },
    async idle() {
      while (running.size) await Promise.allSettled([...running]);
    },
    async checkAccess() {
      await Promise.all(
        profiles.map(async (p) => {
          if (!('path' in p.transport) || /^COM\d+$/i.test(p.transport.path)) return;
          const path = p.transport.path;
          try {
            await access(path, constants.W_OK);
          } catch (e) {
            const code = (e as NodeJS.ErrnoException).code ?? String(e);
            const group = p.transport.kind === 'serial' ? 'dialout' : 'lp';
            const hint =
              code === 'ENOENT'
                ? 'not plugged in, switched off, or a wrong path: jobs for it will fail until it is there'
                : code === 'EACCES' || code === 'EPERM'
                  ? `no permission: add the user running the agent to group ${group}`
                  : 'cannot be opened for writing';
            log.warn({ printer: p.id, path, code }, `printer device ${hint}`);
          }
        }),
      );
    },
  };
}
