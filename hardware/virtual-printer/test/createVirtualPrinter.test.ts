import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createVirtualPrinter, type VirtualPrinter, type VirtualPrinterOptions } from '../src/createVirtualPrinter.js';
import { decodeCodes } from '../src/decodeCodes.js';
import { RASTER_BARCODE, RECEIPT_BARCODE, STATUS_URL, sampleTicketBytes } from './sampleTicket.js';
import { connect, connectError, connectUntilDropped, sendJob } from './tcpClient.js';

const QUERY_ALL = [0x10, 0x04, 1, 0x10, 0x04, 2, 0x10, 0x04, 3, 0x10, 0x04, 4];
/** A tiny job: init, one line of text, cut. */
const SMALL_JOB = Uint8Array.from([0x1b, 0x40, ...new TextEncoder().encode('A025'), 0x0a, 0x1d, 0x56, 0x01]);

let dir: string;
const printers: VirtualPrinter[] = [];

async function start(options: Partial<VirtualPrinterOptions> = {}): Promise<VirtualPrinter> {
  const printer = await createVirtualPrinter({ port: 0, outDir: dir, ...options });
  printers.push(printer);
  return printer;
}

/** Queries n = 1..4 on a fresh connection and returns the four answer bytes. */
async function queryAll(printer: VirtualPrinter): Promise<number[]> {
  const client = await connect(printer.port);
  await client.write(QUERY_ALL);
  const answer = await client.waitForBytes(4);
  await client.end();
  return answer;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'motcua-vp-'));
});

afterEach(async () => {
  await Promise.all(printers.splice(0).map((p) => p.close()));
  rmSync(dir, { recursive: true, force: true });
});

describe('virtual printer over TCP', () => {
  it('prints an encoder-made ticket to <n>.png + <n>.json with barcode, QR, raster code and cut read back', async () => {
    const printer = await start();
    const bytes = sampleTicketBytes();
    await sendJob(printer.port, bytes);
    const [job] = await printer.waitForJobs(1);

    expect(job?.outcome).toBe('printed');
    expect(job?.receivedBytes).toBe(bytes.length);
    expect(job?.barcodes).toEqual([{ type: 'CODE128', data: RECEIPT_BARCODE, printed: true }]);
    expect(job?.qrCodes).toEqual([STATUS_URL]);
    expect(job?.decoded.map((d) => d.text)).toEqual([RASTER_BARCODE]);
    expect(job?.cuts).toBe(1);
    expect(job?.text).toContain('Có 3 người đang chờ trước bạn');
    expect(job?.startedAt).toBeLessThanOrEqual(job?.lastByteAt ?? 0);
    expect(job?.lastByteAt).toBeLessThanOrEqual(job?.endedAt ?? 0);

    expect(job?.pngPath).toBe(join(dir, '1.png'));
    const png = PNG.sync.read(readFileSync(join(dir, '1.png')));
    expect(png.width).toBe(576);
    expect(png.height).toBe(job?.height);
    // The drawn native barcode and QR decode back from the PNG itself.
    const ink = (x: number, y: number): boolean => (png.data[(y * png.width + x) * 4] ?? 255) < 128;
    const fromPng = decodeCodes(png.width, png.height, ink).map((d) => `${d.format}:${d.text}`);
    expect(fromPng).toEqual(
      expect.arrayContaining([`CODE_128:${RASTER_BARCODE}`, `CODE_128:${RECEIPT_BARCODE}`, `QR_CODE:${STATUS_URL}`]),
    );

    const transcript = JSON.parse(readFileSync(join(dir, '1.json'), 'utf8'));
    expect(transcript).toMatchObject({
      job: 1,
      outcome: 'printed',
      png: '1.png',
      receivedBytes: bytes.length,
      barcodes: [{ type: 'CODE128', data: RECEIPT_BARCODE }],
      qrCodes: [STATUS_URL],
      decoded: [{ format: 'CODE_128', text: RASTER_BARCODE }],
      cuts: 1,
      status: { online: true, paperOut: false },
    });
    expect(transcript.commands).toContain('cut partial');
  });

  it('prints on 512-dot paper when configured so', async () => {
    const printer = await start({ widthDots: 512 });
    await sendJob(printer.port, sampleTicketBytes(512));
    const [job] = await printer.waitForJobs(1);
    expect(job?.width).toBe(512);
    expect(job?.decoded.map((d) => d.text)).toEqual([RASTER_BARCODE]);
    expect(PNG.sync.read(readFileSync(join(dir, '1.png'))).width).toBe(512);
  });

  it('answers DLE EOT 1-4 with base 0x12 when ready', async () => {
    const printer = await start();
    expect(await queryAll(printer)).toEqual([0x12, 0x12, 0x12, 0x12]);
  });

  it.each([
    ['paperNearEnd', { paperNearEnd: true }, [0x12, 0x12, 0x12, 0x1e]],
    ['paperOut', { paperOut: true }, [0x1a, 0x32, 0x12, 0x72]],
    ['coverOpen', { coverOpen: true }, [0x1a, 0x16, 0x12, 0x12]],
    ['offline', { online: false }, [0x1a, 0x12, 0x12, 0x12]],
    ['error', { error: true }, [0x1a, 0x52, 0x32, 0x12]],
  ] as const)('answers DLE EOT with the Epson bits for status %s', async (_name, status, expected) => {
    const printer = await start({ status });
    expect(await queryAll(printer)).toEqual(expected);
    printer.setStatus({ online: true, paperOut: false, paperNearEnd: false, coverOpen: false, error: false });
    expect(await queryAll(printer)).toEqual([0x12, 0x12, 0x12, 0x12]);
  });

  it.each([
    ['paper-out', [0x1a, 0x32, 0x12, 0x72]],
    ['paper-near-end', [0x12, 0x12, 0x12, 0x1e]],
    ['cover-open', [0x1a, 0x16, 0x12, 0x12]],
    ['offline', [0x1a, 0x12, 0x12, 0x12]],
  ] as const)('fault %s: persistent until cleared, or for the next connection only', async (fault, expected) => {
    const printer = await start();
    printer.injectFault(fault);
    expect(await queryAll(printer)).toEqual(expected);
    expect(await queryAll(printer)).toEqual(expected);
    await printer.clearFaults();
    expect(await queryAll(printer)).toEqual([0x12, 0x12, 0x12, 0x12]);

    printer.injectFault({ kind: fault, once: true });
    expect(await queryAll(printer)).toEqual(expected);
    expect(await queryAll(printer)).toEqual([0x12, 0x12, 0x12, 0x12]);
  });

  it('answers a status query in the middle of a job at once, before the job ends', async () => {
    const printer = await start();
    const client = await connect(printer.port);
    await client.write(SMALL_JOB);
    await client.write([0x10, 0x04, 4]);
    expect(await client.waitForBytes(1)).toEqual([0x12]);
    await client.write([0x10, 0x04, 1]);
    expect(await client.waitForBytes(2)).toEqual([0x12, 0x12]);
    await client.end();
    const [job] = await printer.waitForJobs(1);
    expect(job?.statusQueries.map((q) => [q.n, q.answer])).toEqual([
      [4, 0x12],
      [1, 0x12],
    ]);
    // lastDataAt is the last print byte; lastByteAt includes the status query sent after the answer.
    expect(job?.lastDataAt).toBeGreaterThan(0);
    expect(job?.lastDataAt).toBeLessThan(job?.lastByteAt ?? 0);
  });

  it('does not take 0x10 0x04 inside raster data for a status query', async () => {
    const printer = await start();
    // GS v 0, 2 bytes wide, 2 rows: the data holds DLE EOT 1.
    const raster = [0x1d, 0x76, 0x30, 0, 2, 0, 2, 0, 0x10, 0x04, 0x01, 0xff];
    const client = await connect(printer.port);
    await client.write([...raster, 0x10, 0x04, 2]);
    expect(await client.waitForBytes(1)).toEqual([0x12]);
    await client.end();
    expect(client.received()).toEqual([0x12]);
    const [job] = await printer.waitForJobs(1);
    expect(job?.statusQueries.map((q) => q.n)).toEqual([2]);
  });

  it('a connection carrying only status queries is not a job', async () => {
    const printer = await start();
    await queryAll(printer);
    await sendJob(printer.port, SMALL_JOB);
    const jobs = await printer.waitForJobs(1);
    expect(jobs.map((j) => j.n)).toEqual([1]);
    expect(printer.statusQueries().map((q) => [q.n, q.answer])).toEqual([
      [1, 0x12],
      [2, 0x12],
      [3, 0x12],
      [4, 0x12],
    ]);
    expect(jobs[0]?.text).toEqual(['A025']);
    expect(readdirSync(dir).sort()).toEqual(['1.json', '1.png']);
  });

  it.each([
    ['paper-out', { kind: 'paper-out' }],
    ['cover-open', { kind: 'cover-open' }],
    ['offline', { kind: 'offline' }],
  ] as const)('rejects a job while %s: still answers status, records the job, writes no PNG', async (reason, fault) => {
    const printer = await start();
    printer.injectFault(fault);
    const client = await connect(printer.port);
    await client.write([0x10, 0x04, 1]);
    expect(await client.waitForBytes(1)).toEqual([0x1a]);
    await client.write(SMALL_JOB);
    await client.end();
    const [job] = await printer.waitForJobs(1);
    expect(job).toMatchObject({ n: 1, outcome: 'rejected', reason, pngPath: null });
    expect(readdirSync(dir)).toEqual(['1.json']);
    expect(JSON.parse(readFileSync(join(dir, '1.json'), 'utf8'))).toMatchObject({ outcome: 'rejected', png: null });

    await printer.clearFaults();
    await sendJob(printer.port, SMALL_JOB);
    const jobs = await printer.waitForJobs(2);
    expect(jobs[1]).toMatchObject({ n: 2, outcome: 'printed', text: ['A025'] });
    expect(existsSync(join(dir, '2.png'))).toBe(true);
  });

  it('paper near end still prints', async () => {
    const printer = await start();
    printer.injectFault('paper-near-end');
    await sendJob(printer.port, SMALL_JOB);
    const [job] = await printer.waitForJobs(1);
    expect(job).toMatchObject({ outcome: 'printed', status: { paperNearEnd: true } });
  });

  it('no-answer: never answers DLE EOT on that connection, answers again on the next', async () => {
    const printer = await start();
    printer.injectFault({ kind: 'no-answer', once: true });
    const client = await connect(printer.port);
    await client.write([0x10, 0x04, 1, 0x10, 0x04, 4]);
    await client.write(SMALL_JOB);
    await client.end();
    expect(client.received()).toEqual([]);
    const [job] = await printer.waitForJobs(1);
    expect(job?.statusQueries.map((q) => [q.n, q.answer])).toEqual([
      [1, null],
      [4, null],
    ]);
    expect(job?.outcome).toBe('printed');
    expect(await queryAll(printer)).toEqual([0x12, 0x12, 0x12, 0x12]);
  });

  it('close-mid-job: destroys the connection after K bytes and records the job as aborted', async () => {
    const printer = await start();
    printer.injectFault({ kind: 'close-mid-job', afterBytes: 100, once: true });
    const bytes = sampleTicketBytes();
    const client = await connect(printer.port);
    client.socket.write(bytes, () => {});
    await client.closed;
    const [job] = await printer.waitForJobs(1);
    expect(job).toMatchObject({ outcome: 'aborted', reason: 'close-mid-job', receivedBytes: 100 });
    expect(Array.from(job?.bytes ?? [])).toEqual(Array.from(bytes.subarray(0, 100)));

    await sendJob(printer.port, bytes);
    const jobs = await printer.waitForJobs(2);
    expect(jobs[1]).toMatchObject({ outcome: 'printed', receivedBytes: bytes.length });
  });

  it('slow: accepts every byte, in small delayed reads, and still answers status', async () => {
    const printer = await start();
    printer.injectFault({ kind: 'slow', chunkBytes: 4096, delayMs: 20 });
    const bytes = sampleTicketBytes();
    const client = await connect(printer.port);
    await client.write(bytes);
    await client.write([0x10, 0x04, 1]);
    expect(await client.waitForBytes(1)).toEqual([0x12]);
    await client.end();
    const [job] = await printer.waitForJobs(1);
    expect(Buffer.from(job?.bytes ?? []).equals(Buffer.concat([bytes, Uint8Array.of(0x10, 0x04, 1)]))).toBe(true);
    const pieces = Math.ceil(bytes.length / 4096);
    // Lower bound only: the delays must have happened (a busy machine only makes it longer).
    expect((job?.lastByteAt ?? 0) - (job?.startedAt ?? 0)).toBeGreaterThanOrEqual((pieces - 1) * 19);
  });

  it('refuse: persistent refuses connections until cleared; once resets the next connection only', async () => {
    const printer = await start();
    printer.injectFault('refuse');
    expect(await connectError(printer.port)).toBe('ECONNREFUSED');
    await printer.clearFaults();
    await sendJob(printer.port, SMALL_JOB);
    await printer.waitForJobs(1);

    printer.injectFault({ kind: 'refuse', once: true });
    // Reset by the printer (whether before or after the client saw the connection).
    expect(await connectUntilDropped(printer.port)).toMatchObject({ received: [] });
    expect(await queryAll(printer)).toEqual([0x12, 0x12, 0x12, 0x12]);
    expect(printer.jobs()).toHaveLength(1);
  });

  it('ends a job after the idle timeout without closing the connection', async () => {
    const printer = await start({ idleTimeoutMs: 200 });
    const client = await connect(printer.port);
    await client.write(SMALL_JOB);
    const [first] = await printer.waitForJobs(1);
    expect(first).toMatchObject({ n: 1, outcome: 'printed', text: ['A025'] });
    await client.write([0x10, 0x04, 1]);
    expect(await client.waitForBytes(1)).toEqual([0x12]);
    await client.write(SMALL_JOB);
    await client.end();
    const jobs = await printer.waitForJobs(2);
    expect(jobs.map((j) => j.n)).toEqual([1, 2]);
  });

  it('numbers files after those already in outDir when restarted', async () => {
    const first = await start();
    await sendJob(first.port, SMALL_JOB);
    await sendJob(first.port, SMALL_JOB);
    await first.waitForJobs(2);
    await first.close();

    const second = await start();
    await sendJob(second.port, SMALL_JOB);
    const [job] = await second.waitForJobs(1);
    expect(job?.n).toBe(3);
    expect(readdirSync(dir).sort()).toEqual(['1.json', '1.png', '2.json', '2.png', '3.json', '3.png']);
  });

  it('keeps only the last keepJobs records in memory but counts every job', async () => {
    const printer = await start({ keepJobs: 1 });
    await sendJob(printer.port, SMALL_JOB);
    await sendJob(printer.port, SMALL_JOB);
    await printer.waitForJobs(2);
    expect(printer.jobs().map((j) => j.n)).toEqual([2]);
    expect(existsSync(join(dir, '1.png'))).toBe(true);
  });

  it('waitForJobs rejects with a clear message when the jobs do not come', async () => {
    const printer = await start();
    await expect(printer.waitForJobs(1, 50)).rejects.toThrow(/waited 50 ms for 1 job\(s\), got 0/);
  });

  it('close() records a job cut off by the shutdown as aborted', async () => {
    const printer = await start();
    const client = await connect(printer.port);
    await client.write(SMALL_JOB);
    await client.write([0x10, 0x04, 1]);
    await client.waitForBytes(1);
    await printer.close();
    expect(printer.jobs()).toMatchObject([{ n: 1, outcome: 'aborted', reason: 'printer-closed' }]);
    await client.closed;
  });
});
