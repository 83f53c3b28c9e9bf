import type { PrinterProfileInput, TransportFactory } from '@motcua/printer/device';
import {
  PROTOCOL_VERSION,
  type AgentPrintRequest,
  type AgentRegister,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from '@motcua/protocol';
import type { ScannerError, ScannerSource, ScanRead } from '@motcua/scanner';
import { io, type Socket } from 'socket.io-client';
import agentPackage from '../package.json' with { type: 'json' };
import { createLocalPrinters } from './localPrinters.js';
import { printerProfilesOrThrow } from './printerProfiles.js';
import {
  silentLog,
  type AgentConnection,
  type AgentLog,
  type AgentPrintJob,
  type AgentPrintOutcome,
  type AgentStatus,
  type PrintJobHandler,
  type RegistrationState,
  type ScannerState,
} from './types.js';

/** Sent in `agent:register` (the hub logs it): this package's version. */
export const AGENT_VERSION: string = agentPackage.version;

type HubSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface AgentOptions {
  /** The hub's origin, e.g. `http://192.168.1.10:8080`. */
  hubUrl: string;
  /** This machine's device token (`dev_…`). */
  deviceToken: string;
  scanners?: readonly ScannerSource[];
  /**
   * The local printers this agent drives (USB device files, serial lines): profiles as in
   * @motcua/printer. Validated here: `createAgent` throws an `AgentConfigError` listing every
   * problem. Registered with the hub on every (re)connect.
   */
  printers?: readonly PrinterProfileInput[];
  /** Makes one printer transport per job; @motcua/printer's `transportFactory()` by default (tests inject serialport's mock). */
  printerTransports?: TransportFactory;
  log?: AgentLog;
  /** Reconnect backoff after a lost connection, ms (socket.io's, with jitter). Defaults 1 000 → 10 000. */
  reconnectDelayMs?: number;
  reconnectDelayMaxMs?: number;
  /** Retry after the hub refused the handshake (revoked token, old agent). Default 60 000. */
  refusedRetryMs?: number;
  /** Retry opening a scanner that is missing or unplugged. Default 10 000. */
  scannerRetryMs?: number;
  /** How long to wait for the hub's answer to `agent:register` before asking again. Default 10 000. */
  registerTimeoutMs?: number;
  /** On stop, how long jobs already printing may take to finish so their outcome reaches the hub. Default 10 000. */
  stopGraceMs?: number;
  /** Only for tests of the refusal path. */
  protocolVersion?: number;
}

export interface Agent {
  /** Connects (in the background: it never waits for the hub) and opens the scanners. */
  start(): void;
  stop(): Promise<void>;
  status(): AgentStatus;
  /** Scanner reads, for the page (the shell forwards them over IPC). Returns an unsubscribe function. */
  onScan(listener: (scan: ScanRead) => void): () => void;
  onStatus(listener: (status: AgentStatus) => void): () => void;
  /**
   * Replaces the default print-job handler (print on the local printer the job names). Returns a
   * function that restores the default. Each job is handled once: nothing retries it.
   */
  onPrintJob(handler: PrintJobHandler): () => void;
}

/**
 * The device agent: one socket to the hub with the device token (handshake
 * `{ token, protocolVersion }`), reconnecting by itself, plus the local scanners and printers.
 * On every connect it sends `agent:register { printers, scanners, agentVersion }` (the hub only
 * sends jobs to an agent that registered on its current connection); then it prints each
 * `agent:print` job once on the printer it names and acks the outcome.
 * It runs in the shell's main process or standalone (`bin/motcua-agent.mjs`).
 */
export function createAgent(options: AgentOptions): Agent {
  const log = options.log ?? silentLog;
  const refusedRetryMs = options.refusedRetryMs ?? 60_000;
  const scannerRetryMs = options.scannerRetryMs ?? 10_000;
  const registerTimeoutMs = options.registerTimeoutMs ?? 10_000;
  const stopGraceMs = options.stopGraceMs ?? 10_000;
  const scanListeners = new Set<(scan: ScanRead) => void>();
  const statusListeners = new Set<(status: AgentStatus) => void>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let socket: HubSocket | null = null;
  let running = false;
  const jobsRunning = new Set<Promise<unknown>>();

  const profiles = printerProfilesOrThrow(options.printers ?? [], 'printers');
  const registration: RegistrationState = { state: 'pending', printers: [], error: null };
  const state: Omit<AgentStatus, 'printers' | 'registration'> = {
    connection: 'stopped',
    lastError: null,
    connects: 0,
    scanners: (options.scanners ?? []).map((s) => ({ id: s.id, kind: s.kind, state: 'stopped', error: null })),
  };
  const snapshot = (): AgentStatus => ({
    ...state,
    scanners: state.scanners.map((s) => ({ ...s })),
    printers: printers.states(),
    registration: { ...registration, printers: [...registration.printers], error: registration.error && { ...registration.error } },
  });
  const changed = (): void => {
    const s = snapshot();
    for (const l of statusListeners) l(s);
  };
  const printers = createLocalPrinters(profiles, { transports: options.printerTransports, log, onChange: changed });
  const defaultHandler: PrintJobHandler = (job) => printers.print(job);
  let printJobHandler: PrintJobHandler = defaultHandler;
  const setConnection = (connection: AgentConnection, lastError: AgentStatus['lastError'] = state.lastError): void => {
    state.connection = connection;
    state.lastError = lastError;
    changed();
  };
  const later = (ms: number, fn: () => void): void => {
    const t = setTimeout(() => {
      timers.delete(t);
      if (running) fn();
    }, ms);
    t.unref?.();
    timers.add(t);
  };

  const setRegistration = (next: RegistrationState): void => {
    Object.assign(registration, next);
    printers.setRegistered(next.state === 'registered' ? next.printers : []);
  };

  /** `agent:register` on the current connection; asked again after a timeout or a refusal (e.g. a printer id another machine has). */
  const register = (s: HubSocket, connection: number): void => {
    const current = (): boolean => running && socket === s && s.connected && state.connects === connection;
    if (!current()) return;
    const payload: AgentRegister = {
      printers: profiles.map((p) => ({ ...p, transport: { ...p.transport } })),
      scanners: (options.scanners ?? []).map((x) => ({ id: x.id.slice(0, 120), kind: x.kind })),
      agentVersion: AGENT_VERSION,
    };
    s.timeout(registerTimeoutMs).emit('agent:register', payload, (err, ack) => {
      if (!current()) return;
      if (err) {
        log.warn({ timeoutMs: registerTimeoutMs }, 'the hub did not answer the registration; asking again');
        setRegistration({ state: 'pending', printers: [], error: { code: 'TIMEOUT', message: 'Máy chủ chưa trả lời đăng ký thiết bị.' } });
        later(registerTimeoutMs, () => register(s, connection));
        return;
      }
      if (!ack.ok) {
        log.error({ code: ack.error.code, message: ack.error.message, retryInMs: refusedRetryMs }, 'the hub refused the registration of this agent');
        setRegistration({ state: 'refused', printers: [], error: ack.error });
        later(refusedRetryMs, () => register(s, connection));
        return;
      }
      log.info({ printers: ack.data.printers, scanners: payload.scanners.map((x) => x.id) }, 'agent registered with the hub');
      setRegistration({ state: 'registered', printers: ack.data.printers, error: null });
    });
  };

  const decodeJob = (req: AgentPrintRequest | undefined): AgentPrintJob | null => {
    if (!req || typeof req !== 'object') return null;
    const { jobId, printerId, bytes } = req as Partial<Record<keyof AgentPrintRequest, unknown>>;
    if (typeof jobId !== 'string' || typeof printerId !== 'string' || typeof bytes !== 'string') return null;
    return { id: jobId, printerId, bytes: new Uint8Array(Buffer.from(bytes, 'base64')) };
  };

  const onPrint = (req: AgentPrintRequest, ack: (result: AgentPrintOutcome) => void): void => {
    if (typeof ack !== 'function') {
      log.warn({}, 'agent:print without an ack: ignored');
      return;
    }
    const job = decodeJob(req);
    if (!job) {
      ack({ ok: false, error: { code: 'INVALID_DOCUMENT', message: 'Nội dung cần in không hợp lệ' }, maybePrinted: false });
      return;
    }
    if (!running) {
      ack({ ok: false, error: { code: 'OFFLINE', message: 'Dịch vụ in của thiết bị đang dừng — hãy in lại.' }, maybePrinted: false });
      return;
    }
    log.debug({ jobId: job.id, printer: job.printerId, bytes: job.bytes.length }, 'print job');
    const run = printJobHandler(job).then(ack, (e: unknown) => {
      // a replaced handler failed: the bytes may have reached the paper, so the hub must not resend by itself
      log.error({ jobId: job.id, err: e instanceof Error ? e.message : String(e) }, 'print handler crashed');
      ack({ ok: false, error: { code: 'PRINTER_ERROR', message: 'Lỗi máy in.' }, maybePrinted: true });
    });
    jobsRunning.add(run);
    void run.finally(() => jobsRunning.delete(run));
  };

  const connect = (): void => {
    const s: HubSocket = io(options.hubUrl, {
      auth: { token: options.deviceToken, protocolVersion: options.protocolVersion ?? PROTOCOL_VERSION },
      forceNew: true,
      reconnection: true,
      reconnectionDelay: options.reconnectDelayMs ?? 1_000,
      reconnectionDelayMax: options.reconnectDelayMaxMs ?? 10_000,
    });
    socket = s;
    setConnection('connecting');
    s.on('connect', () => {
      state.connects++;
      log.info({ hubUrl: options.hubUrl, connects: state.connects }, 'agent connected to the hub');
      setRegistration({ state: 'pending', printers: [], error: null });
      setConnection('connected', null);
      register(s, state.connects);
    });
    s.on('agent:print', onPrint);
    s.on('disconnect', (reason) => {
      if (!running) return;
      log.warn({ reason }, 'agent lost the hub; reconnecting');
      setRegistration({ state: 'pending', printers: [], error: null });
      setConnection('disconnected', { code: 'DISCONNECTED', message: reason });
      // The hub dropped us on purpose (e.g. shutting down): socket.io does not retry that by itself.
      if (reason === 'io server disconnect') later(options.reconnectDelayMs ?? 1_000, () => s.connect());
    });
    s.on('connect_error', (err: Error & { data?: { code?: string; message?: string } }) => {
      if (!running) return;
      if (s.active) {
        // transport error: socket.io retries with backoff
        if (state.connection !== 'disconnected') log.warn({ err: err.message }, 'hub unreachable; retrying');
        setConnection('disconnected', { code: 'UNREACHABLE', message: err.message });
        return;
      }
      const code = err.data?.code ?? err.message;
      const message = err.data?.message ?? err.message;
      log.error({ code, message, retryInMs: refusedRetryMs }, 'the hub refused this device');
      setConnection('refused', { code, message });
      later(refusedRetryMs, () => s.connect());
    });
  };

  const startScanner = (source: ScannerSource, entry: ScannerState): void => {
    entry.state = 'opening';
    changed();
    const retry = (e: ScannerError): void => {
      entry.state = 'error';
      entry.error = { code: e.code, message: e.message };
      changed();
      later(scannerRetryMs, () => {
        void source.stop().finally(() => running && startScanner(source, entry));
      });
    };
    source
      .start(
        (read) => {
          log.debug({ source: read.source, length: read.code.length }, 'scan');
          for (const l of scanListeners) l(read);
        },
        (e) => {
          log.warn({ source: source.id, code: e.code, err: e.message }, 'scanner failed; reopening later');
          retry(e);
        },
      )
      .then(
        () => {
          if (!running) return void source.stop();
          entry.state = 'open';
          entry.error = null;
          log.info({ source: source.id }, 'scanner open');
          changed();
        },
        (e: ScannerError) => {
          if (!running) return;
          log.warn({ source: source.id, code: e.code, err: e.message }, 'scanner not available; retrying');
          retry(e);
        },
      );
  };

  return {
    start() {
      if (running) return;
      running = true;
      void printers.checkAccess();
      connect();
      (options.scanners ?? []).forEach((s, i) => startScanner(s, state.scanners[i]!));
    },
    async stop() {
      if (!running) return;
      running = false;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      if (jobsRunning.size) {
        // let jobs already on their way to the paper finish, so the hub learns their outcome
        log.info({ jobs: jobsRunning.size, graceMs: stopGraceMs }, 'waiting for print jobs before stopping');
        let grace: ReturnType<typeof setTimeout> | undefined;
        await Promise.race([
          Promise.allSettled([...jobsRunning]),
          new Promise<void>((resolve) => {
            grace = setTimeout(resolve, stopGraceMs);
          }),
        ]);
        clearTimeout(grace);
      }
      socket?.disconnect();
      socket = null;
      await Promise.all((options.scanners ?? []).map((s) => s.stop().catch(() => {})));
      for (const s of state.scanners) s.state = 'stopped';
      setRegistration({ state: 'pending', printers: [], error: null });
      setConnection('stopped', null);
    },
    status: snapshot,
    onScan(listener) {
      scanListeners.add(listener);
      return () => void scanListeners.delete(listener);
    },
    onStatus(listener) {
      statusListeners.add(listener);
      return () => void statusListeners.delete(listener);
    },
    onPrintJob(handler) {
      printJobHandler = handler;
      return () => {
        if (printJobHandler === handler) printJobHandler = defaultHandler;
      };
    },
  };
}
