import { PROTOCOL_VERSION } from '@motcua/protocol';
import type { ScannerError, ScannerSource, ScanRead } from '@motcua/scanner';
import { io, type Socket } from 'socket.io-client';
import {
  silentLog,
  type AgentConnection,
  type AgentLog,
  type AgentStatus,
  type PrintJobHandler,
  type ScannerState,
} from './types.js';

export interface AgentOptions {
  /** The hub's origin, e.g. `http://192.168.1.10:8080`. */
  hubUrl: string;
  /** This machine's device token (`dev_…`). */
  deviceToken: string;
  scanners?: readonly ScannerSource[];
  log?: AgentLog;
  /** Reconnect backoff after a lost connection, ms (socket.io's, with jitter). Defaults 1 000 → 10 000. */
  reconnectDelayMs?: number;
  reconnectDelayMaxMs?: number;
  /** Retry after the hub refused the handshake (revoked token, old agent). Default 60 000. */
  refusedRetryMs?: number;
  /** Retry opening a scanner that is missing or unplugged. Default 10 000. */
  scannerRetryMs?: number;
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
  /** The printing half's seam: registers the handler for this device's print jobs. */
  onPrintJob(handler: PrintJobHandler): () => void;
}

/**
 * The device agent: one socket to the hub with the device token (handshake
 * `{ token, protocolVersion }`), reconnecting by itself, plus the local scanners.
 * It runs in the shell's main process or standalone (`bin/motcua-agent.mjs`).
 */
export function createAgent(options: AgentOptions): Agent {
  const log = options.log ?? silentLog;
  const refusedRetryMs = options.refusedRetryMs ?? 60_000;
  const scannerRetryMs = options.scannerRetryMs ?? 10_000;
  const scanListeners = new Set<(scan: ScanRead) => void>();
  const statusListeners = new Set<(status: AgentStatus) => void>();
  let printJobHandler: PrintJobHandler | null = null;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let socket: Socket | null = null;
  let running = false;

  const state: AgentStatus = {
    connection: 'stopped',
    lastError: null,
    connects: 0,
    scanners: (options.scanners ?? []).map((s) => ({ id: s.id, kind: s.kind, state: 'stopped', error: null })),
  };
  const snapshot = (): AgentStatus => ({ ...state, scanners: state.scanners.map((s) => ({ ...s })) });
  const changed = (): void => {
    const s = snapshot();
    for (const l of statusListeners) l(s);
  };
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

  const connect = (): void => {
    const s: Socket = io(options.hubUrl, {
      auth: { token: options.deviceToken, protocolVersion: options.protocolVersion ?? PROTOCOL_VERSION },
      reconnection: true,
      reconnectionDelay: options.reconnectDelayMs ?? 1_000,
      reconnectionDelayMax: options.reconnectDelayMaxMs ?? 10_000,
    });
    socket = s;
    setConnection('connecting');
    s.on('connect', () => {
      state.connects++;
      log.info({ hubUrl: options.hubUrl, connects: state.connects }, 'agent connected to the hub');
      setConnection('connected', null);
    });
    s.on('disconnect', (reason) => {
      if (!running) return;
      log.warn({ reason }, 'agent lost the hub; reconnecting');
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
      connect();
      (options.scanners ?? []).forEach((s, i) => startScanner(s, state.scanners[i]!));
    },
    async stop() {
      if (!running) return;
      running = false;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      socket?.disconnect();
      socket = null;
      await Promise.all((options.scanners ?? []).map((s) => s.stop().catch(() => {})));
      for (const s of state.scanners) s.state = 'stopped';
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
      // Seam for the printing half: the hub's device print-job events are not defined yet, so the
      // handler is kept and will be wired to them (and to job acks) when the hub sends jobs.
      printJobHandler = handler;
      return () => {
        if (printJobHandler === handler) printJobHandler = null;
      };
    },
  };
}
