import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createVirtualPrinter, type VirtualPrinter } from '@motcua/virtual-printer';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPrinter, parsePrinterProfile, ticketDocument, transportFactory, type Printer } from '../src/index.js';
import { SAMPLE_TICKET } from './support/sampleTicket.js';

/** End to end: document → raster → ESC/POS → TCP → the project's virtual printer, which decodes it back. */
describe('printing a ticket on the virtual printer', () => {
  let outDir: string;
  let vp: VirtualPrinter;
  let printer: Printer;

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'motcua-vp-e2e-'));
    vp = await createVirtualPrinter({ host: '127.0.0.1', port: 0, outDir });
    const profile = parsePrinterProfile({ id: 'kiosk-1', name: 'Kiosk 1', transport: { kind: 'virtual' }, widthDots: 576, dpi: 203, statusTimeoutMs: 1000 });
    printer = createPrinter(profile, transportFactory({ virtual: { host: '127.0.0.1', port: vp.port } }));
  });
  afterAll(async () => {
    await printer.close();
    await vp.close();
    rmSync(outDir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await vp.clearFaults();
    vp.setStatus({ online: true, coverOpen: false, paperOut: false, paperNearEnd: false, error: false });
  });

  it('[VP1] prints: one job, cut once, the QR decodes to the status URL', async () => {
    const before = vp.jobs().length;
    const result = await printer.print(ticketDocument(SAMPLE_TICKET));
    expect(result).toMatchObject({ ok: true, warnings: [] });
    const [job] = (await vp.waitForJobs(before + 1, 20_000)).slice(before);
    expect(job?.outcome).toBe('printed');
    expect(job?.width).toBe(576);
    expect(job?.cuts).toBe(1);
    expect(job?.decoded.map((d) => d.text)).toContain(SAMPLE_TICKET.statusUrl);
    // The job and six DLE EOT questions (1, 2, 4 before; 1, 2, 4 after) on one connection.
    expect(job?.statusQueries.map((q) => q.n)).toEqual([1, 2, 4, 1, 2, 4]);
    expect(job?.receivedBytes).toBe(result.ok ? result.bytes + 6 * 3 : -1);
  });

  it('[VP2] paper out: PAPER_OUT with its Vietnamese message, nothing printed', async () => {
    const before = vp.jobs().length;
    vp.injectFault('paper-out');
    const result = await printer.print(ticketDocument(SAMPLE_TICKET));
    expect(result).toMatchObject({ ok: false, stage: 'before', maybePrinted: false });
    expect(!result.ok && result.error.message).toBe('Máy in hết giấy');
    expect(vp.jobs().slice(before).filter((j) => j.outcome === 'printed')).toEqual([]);
  });

  it('[VP3] paper near end: printed, with a warning for staff', async () => {
    vp.injectFault('paper-near-end');
    const result = await printer.print(ticketDocument(SAMPLE_TICKET));
    expect(result).toMatchObject({ ok: true, warnings: ['PAPER_NEAR_END'] });
  });

  it('[VP4] no answer: printed by default, reported as STATUS_UNKNOWN', async () => {
    vp.injectFault('no-answer');
    const result = await printer.print(ticketDocument(SAMPLE_TICKET));
    expect(result).toMatchObject({ ok: true, warnings: ['STATUS_UNKNOWN'] });
  });

  it('[VP5] connection closed mid-job: CONNECTION_LOST, flagged as maybe printed', async () => {
    vp.injectFault({ kind: 'close-mid-job', afterBytes: 4096, once: true });
    const result = await printer.print(ticketDocument(SAMPLE_TICKET));
    expect(result).toMatchObject({ ok: false, maybePrinted: true });
    expect(!result.ok && result.error.code).toBe('CONNECTION_LOST');
  });

  it('[VP6] cover open and offline are typed errors', async () => {
    vp.injectFault('cover-open');
    const open = await printer.print(ticketDocument(SAMPLE_TICKET));
    expect(!open.ok && open.error.code).toBe('COVER_OPEN');
    await vp.clearFaults();
    vp.injectFault('offline');
    const offline = await printer.print(ticketDocument(SAMPLE_TICKET));
    expect(!offline.ok && offline.error.code).toBe('OFFLINE');
  });
});
