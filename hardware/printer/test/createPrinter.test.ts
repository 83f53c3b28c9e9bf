import { describe, expect, it } from 'vitest';
import {
  PrinterError,
  UNKNOWN_STATUS,
  createPrinter,
  encodeDocument,
  parsePrinterProfile,
  statusByte,
  statusFromAnswers,
  ticketDocument,
  transportFactory,
  type PrinterStatus,
  type PrinterTransport,
  type StatusFlags,
  type TransportFactory,
} from '../src/index.js';
import { closedPort, startFakeTcpPrinter } from './support/fakeTcpPrinter.js';
import { SAMPLE_TICKET } from './support/sampleTicket.js';

const PROFILE = parsePrinterProfile({
  id: 'kiosk-1',
  name: 'Máy in kiosk 1',
  transport: { kind: 'tcp', host: '127.0.0.1', port: 9100 },
  widthDots: 576,
  dpi: 203,
});

const statusOf = (flags: Partial<StatusFlags>): PrinterStatus =>
  statusFromAnswers({ 1: statusByte(1, flags), 2: statusByte(2, flags), 4: statusByte(4, flags) });

interface Script {
  before?: PrinterStatus | PrinterError;
  send?: PrinterError | Promise<void>;
  after?: PrinterStatus | PrinterError;
}

/** A transport double for queue logic only (the transports have their own contract suite). */
function scripted(log: string[], scripts: Script[]): TransportFactory {
  let n = 0;
  return () => {
    const id = ++n;
    const script = scripts[id - 1] ?? {};
    let queries = 0;
    log.push(`open ${id}`);
    const transport: PrinterTransport = {
      queryStatus: async () => {
        queries++;
        const answer = queries === 1 ? (script.before ?? statusOf({})) : (script.after ?? statusOf({}));
        log.push(`status ${id}`);
        if (answer instanceof PrinterError) throw answer;
        return answer;
      },
      send: async (bytes) => {
        log.push(`send ${id} ${bytes.length}`);
        if (script.send instanceof PrinterError) throw script.send;
        await script.send;
      },
      close: async () => {
        log.push(`close ${id}`);
      },
    };
    return transport;
  };
}

const JOB = Uint8Array.of(0x1b, 0x40, 0x41, 0x0a);

describe('createPrinter', () => {
  it('[PQ1] jobs run one after another, never interleaved', async () => {
    const log: string[] = [];
    let release = (): void => undefined;
    const first = new Promise<void>((r) => (release = r));
    const printer = createPrinter(PROFILE, scripted(log, [{ send: first }, {}]));
    const a = printer.print(JOB);
    const b = printer.print(JOB);
    expect(printer.pending).toBe(2);
    await new Promise((r) => setImmediate(r));
    release();
    const [ra, rb] = await Promise.all([a, b]);
    expect(ra.ok && rb.ok).toBe(true);
    expect(log).toEqual(['open 1', 'status 1', 'send 1 4', 'status 1', 'close 1', 'open 2', 'status 2', 'send 2 4', 'status 2', 'close 2']);
    expect(printer.pending).toBe(0);
  });

  for (const [flags, code] of [
    [{ paperOut: true }, 'PAPER_OUT'],
    [{ coverOpen: true }, 'COVER_OPEN'],
    [{ offline: true }, 'OFFLINE'],
    [{ error: true }, 'PRINTER_ERROR'],
  ] as const) {
    it(`[PQ2] ${code} before the job: fails fast, nothing sent, safe to reprint`, async () => {
      const log: string[] = [];
      const result = await createPrinter(PROFILE, scripted(log, [{ before: statusOf(flags) }])).print(JOB);
      expect(result).toMatchObject({ ok: false, stage: 'before', maybePrinted: false });
      expect(!result.ok && result.error.code).toBe(code);
      expect(!result.ok && result.error.message).toBe(new PrinterError(code).message);
      expect(log.some((l) => l.startsWith('send'))).toBe(false);
      expect(log.at(-1)).toBe('close 1');
    });
  }

  it('[PQ3] paper near end prints and warns', async () => {
    const result = await createPrinter(PROFILE, scripted([], [{ after: statusOf({ paperNearEnd: true }) }]), { now: () => new Date('2026-11-28T07:05:01Z') }).print(JOB);
    expect(result).toMatchObject({ ok: true, warnings: ['PAPER_NEAR_END'], bytes: 4, acceptedAt: '2026-11-28T07:05:01.000Z' });
  });

  it('[PQ4] no answer: prints and reports it by default; refuses with NO_ANSWER when configured', async () => {
    const log: string[] = [];
    const lenient = await createPrinter(PROFILE, scripted(log, [{ before: UNKNOWN_STATUS, after: UNKNOWN_STATUS }])).print(JOB);
    expect(lenient).toMatchObject({ ok: true, warnings: ['STATUS_UNKNOWN'] });
    const strictLog: string[] = [];
    const strict = await createPrinter(PROFILE, scripted(strictLog, [{ before: UNKNOWN_STATUS }]), { noAnswer: 'fail' }).print(JOB);
    expect(strict).toMatchObject({ ok: false, stage: 'before', maybePrinted: false });
    expect(!strict.ok && strict.error.code).toBe('NO_ANSWER');
    expect(strictLog.some((l) => l.startsWith('send'))).toBe(false);
  });

  it('[PQ5] a send failure is reported once, never retried, and the queue goes on', async () => {
    const log: string[] = [];
    const printer = createPrinter(PROFILE, scripted(log, [{ send: new PrinterError('CONNECTION_LOST') }, {}]));
    const failed = await printer.print(JOB);
    expect(failed).toMatchObject({ ok: false, stage: 'send', maybePrinted: true });
    expect(!failed.ok && failed.error.code).toBe('CONNECTION_LOST');
    expect(log.filter((l) => l.startsWith('send'))).toEqual(['send 1 4']);
    expect((await printer.print(JOB)).ok).toBe(true);
    expect(log.filter((l) => l.startsWith('open'))).toEqual(['open 1', 'open 2']);
  });

  it('[PQ6] a fault after the job is an error that says the ticket may be printed', async () => {
    const result = await createPrinter(PROFILE, scripted([], [{ after: statusOf({ paperOut: true }) }])).print(JOB);
    expect(result).toMatchObject({ ok: false, stage: 'after', maybePrinted: true });
    expect(!result.ok && result.error.code).toBe('PAPER_OUT');
  });

  it('[PQ7] connect failure is typed and nothing can have printed', async () => {
    const result = await createPrinter(PROFILE, scripted([], [{ before: new PrinterError('CONNECT_FAILED') }])).print(JOB);
    expect(result).toMatchObject({ ok: false, stage: 'before', maybePrinted: false });
    expect(!result.ok && result.error.code).toBe('CONNECT_FAILED');
  });

  it('[PQ8] a closed printer takes no more jobs', async () => {
    const printer = createPrinter(PROFILE, scripted([], []));
    await printer.close();
    await expect(printer.print(JOB)).rejects.toThrow(/closed/);
  });

  it('[PQ9] a virtual-printer profile without an address fails typed, before sending', async () => {
    const profile = parsePrinterProfile({ ...PROFILE, transport: { kind: 'virtual' } });
    const result = await createPrinter(profile, transportFactory()).print(JOB);
    expect(!result.ok && result.error.code).toBe('CONNECT_FAILED');
    expect(!result.ok && result.maybePrinted).toBe(false);
  });
});

describe('createPrinter over TCP (real transport, raw printer double)', () => {
  it('[PQ10] prints a ticket document: the printer receives exactly the encoded job', async () => {
    const fake = await startFakeTcpPrinter();
    try {
      const profile = parsePrinterProfile({ ...PROFILE, transport: { kind: 'tcp', host: '127.0.0.1', port: fake.port } });
      const printer = createPrinter(profile);
      const doc = ticketDocument(SAMPLE_TICKET);
      const result = await printer.print(doc);
      const expected = encodeDocument(doc, profile);
      expect(result).toMatchObject({ ok: true, warnings: [], bytes: expected.length });
      for (let i = 0; i < 500 && (fake.connections[0]?.job.length ?? 0) < expected.length; i++) await new Promise((r) => setTimeout(r, 10));
      expect(fake.connections).toHaveLength(1);
      expect(fake.connections[0]?.questions).toEqual([1, 2, 4, 1, 2, 4]);
      expect(Buffer.from(fake.connections[0]?.job ?? []).equals(Buffer.from(expected))).toBe(true);
      await printer.close();
    } finally {
      await fake.close();
    }
  });

  it('[PQ11] paper out on a real connection: typed error, the job is not sent', async () => {
    const fake = await startFakeTcpPrinter();
    try {
      fake.status = { paperOut: true };
      const profile = parsePrinterProfile({ ...PROFILE, transport: { kind: 'tcp', host: '127.0.0.1', port: fake.port } });
      const result = await createPrinter(profile).print(JOB);
      expect(!result.ok && result.error.code).toBe('PAPER_OUT');
      expect(!result.ok && result.error.message).toBe('Máy in hết giấy');
      expect(fake.connections[0]?.job ?? []).toEqual([]);
    } finally {
      await fake.close();
    }
  });

  it('[PQ12] nobody listening: CONNECT_FAILED, maybePrinted false', async () => {
    const profile = parsePrinterProfile({ ...PROFILE, transport: { kind: 'tcp', host: '127.0.0.1', port: await closedPort() } });
    const result = await createPrinter(profile).print(JOB);
    expect(result).toMatchObject({ ok: false, stage: 'before', maybePrinted: false });
    expect(!result.ok && result.error.code).toBe('CONNECT_FAILED');
  });
});
