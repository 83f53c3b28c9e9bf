import { transportFactory, type TransportFactory } from './createTransport.js';
import type { PrinterProfile } from './profile.js';
import { PrinterError, isPrinterError } from './PrinterError.js';
import { statusError, type PrinterStatus } from './status.js';
import type { PrinterTransport } from './transport.js';

/** Printed, but staff should know: the roll is nearly empty, or the printer never says its state. */
export type PrintWarning = 'PAPER_NEAR_END' | 'STATUS_UNKNOWN';

export interface PrintSuccess {
  ok: true;
  warnings: PrintWarning[];
  /** Bytes handed to the printer. */
  bytes: number;
  /** ISO instant the last byte was accepted by the printer's connection. */
  acceptedAt: string;
  statusBefore: PrinterStatus;
  statusAfter: PrinterStatus;
}

export interface PrintFailure {
  ok: false;
  error: PrinterError;
  /** before: nothing was sent; send: sending failed; after: sent, then the printer reported a fault. */
  stage: 'before' | 'send' | 'after';
  /** false only when no byte of the job can have reached the printer: a reprint cannot duplicate. */
  maybePrinted: boolean;
  statusBefore: PrinterStatus | null;
}

export type PrintResult = PrintSuccess | PrintFailure;

export interface PrinterOptions {
  /**
   * When the printer does not answer `DLE EOT` (cheap clones never do): `print` (default)
   * prints anyway and warns STATUS_UNKNOWN; `fail` refuses with NO_ANSWER.
   */
  noAnswer?: 'print' | 'fail';
  now?: () => Date;
}

export interface PrinterQueue<J> {
  readonly profile: PrinterProfile;
  /**
   * Queues one job. Jobs run one after another; each is tried exactly once: retrying is the
   * caller's decision.
   */
  print(job: J): Promise<PrintResult>;
  /** The printer's status, asked between jobs. */
  status(): Promise<PrinterStatus>;
  /** Jobs queued or running. */
  readonly pending: number;
  /** Waits for queued jobs, then refuses new ones. */
  close(): Promise<void>;
}

const asPrinterError = (e: unknown): PrinterError =>
  isPrinterError(e) ? e : new PrinterError('CONNECTION_LOST', e instanceof Error ? e.message : String(e), { cause: e });

/** A printer queue for jobs that `toBytes` turns into ESC/POS bytes (a throw fails the job before anything is sent). */
export function createPrintQueue<J>(
  profile: PrinterProfile,
  factory: TransportFactory,
  options: PrinterOptions,
  toBytes: (job: J) => Uint8Array,
): PrinterQueue<J> {
  const noAnswer = options.noAnswer ?? 'print';
  const now = options.now ?? (() => new Date());
  let tail: Promise<unknown> = Promise.resolve();
  /** The previous job's transport closing: the next job waits for it, the caller does not. */
  let closing: Promise<void> = Promise.resolve();
  let pending = 0;
  let closed = false;

  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    if (closed) return Promise.reject(new Error(`printer ${profile.id} is closed`));
    pending++;
    const run = tail.then(() => closing).then(task).finally(() => pending--);
    tail = run.catch(() => undefined);
    return run;
  };

  const withTransport = async <T>(use: (t: PrinterTransport) => Promise<T>): Promise<T> => {
    const t = factory(profile);
    try {
      return await use(t);
    } finally {
      closing = t.close().catch(() => undefined);
    }
  };

  const runJob = async (job: J): Promise<PrintResult> => {
    let bytes: Uint8Array;
    try {
      bytes = toBytes(job);
    } catch (e) {
      return { ok: false, error: asPrinterError(e), stage: 'before', maybePrinted: false, statusBefore: null };
    }
    let stage: PrintFailure['stage'] = 'before';
    let statusBefore: PrinterStatus | null = null;
    try {
      return await withTransport(async (t): Promise<PrintResult> => {
        statusBefore = await t.queryStatus(profile.statusTimeoutMs);
        const refusal = statusError(statusBefore);
        if (refusal && (refusal.code !== 'NO_ANSWER' || noAnswer === 'fail')) {
          return { ok: false, error: refusal, stage, maybePrinted: false, statusBefore };
        }
        stage = 'send';
        await t.send(bytes);
        const acceptedAt = now().toISOString();
        stage = 'after';
        const statusAfter = await t.queryStatus(profile.statusTimeoutMs);
        const fault = statusError(statusAfter);
        if (fault && fault.code !== 'NO_ANSWER') {
          return { ok: false, error: fault, stage, maybePrinted: true, statusBefore };
        }
        const warnings: PrintWarning[] = [];
        if (statusBefore.paperNearEnd || statusAfter.paperNearEnd) warnings.push('PAPER_NEAR_END');
        if (!statusBefore.known || !statusAfter.known) warnings.push('STATUS_UNKNOWN');
        return { ok: true, warnings, bytes: bytes.length, acceptedAt, statusBefore, statusAfter };
      });
    } catch (e) {
      return { ok: false, error: asPrinterError(e), stage, maybePrinted: stage !== 'before', statusBefore };
    }
  };

  return {
    profile,
    print: (job) => enqueue(() => runJob(job)),
    status: () => enqueue(() => withTransport((t) => t.queryStatus(profile.statusTimeoutMs))),
    get pending() {
      return pending;
    },
    close: async () => {
      closed = true;
      await tail;
      await closing;
    },
  };
}

/** A printer for ready ESC/POS bytes (device agents): no rendering, so no canvas. */
export function createRawPrinter(
  profile: PrinterProfile,
  factory: TransportFactory = transportFactory(),
  options: PrinterOptions = {},
): PrinterQueue<Uint8Array> {
  return createPrintQueue(profile, factory, options, (bytes: Uint8Array) => bytes);
}
