import { existsSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PrintJobChange, PrintJobInfo, PrinterInfo, Snapshot, Ticket } from '@motcua/protocol';
import type { FaultKind } from '@motcua/virtual-printer';
import { startTestHub, type TestHub } from '../support/hub.js';
import { command, connect, login, onEvent, rest, type HubSocket } from '../support/clients.js';

describe('tickets printed through a real hub on the virtual printer, and every printer fault', () => {
  let t: TestHub;
  let kiosk: HubSocket;
  let desk: HubSocket;
  let clerkToken: string;
  const outcomes: PrintJobInfo[] = [];
  const printerChanges: PrinterInfo[] = [];

  beforeAll(async () => {
    t = await startTestHub();
    kiosk = (await connect(t.url, t.deviceTokens.kiosk)).socket;
    clerkToken = (await login(t.url, t.users.clerks[0]!.username, t.users.clerks[0]!.password)).token;
    desk = (await connect(t.url, clerkToken)).socket;
    // every print and printer event from the start, so none is missed between an ack and a listener
    onEvent(kiosk, 'print:updated', (c: PrintJobChange) => {
      if (c.job.state === 'printed' || c.job.state === 'failed') outcomes.push(c.job);
    });
    onEvent(desk, 'printer:changed', (c) => void printerChanges.push(c.printer));
  });
  afterAll(async () => {
    kiosk?.disconnect();
    desk?.disconnect();
    await t?.close();
  });
  beforeEach(async () => {
    await t.printer!.clearFaults();
  });

  async function issue(): Promise<{ ticket: Ticket; jobId: string; outcome: Promise<PrintJobInfo> }> {
    const seen = outcomes.length;
    const ack = await command(kiosk, 'ticket:issue', { serviceId: 'ho-tich' });
    if (!ack.ok) throw new Error(ack.error.message);
    const jobId = ack.data.printJobId;
    expect(jobId).toMatch(/^pj-/);
    return { ticket: ack.data.ticket, jobId: jobId!, outcome: settled(jobId!, seen) };
  }

  /** The first outcome (printed or failed) of a job recorded after position `from`. */
  async function settled(jobId: string, from = outcomes.length): Promise<PrintJobInfo> {
    const find = () => outcomes.slice(from).find((j) => j.id === jobId);
    await expect.poll(() => find() !== undefined, { timeout: 20_000 }).toBe(true);
    return find()!;
  }

  /** The first printer change with that code recorded after position `from`. */
  async function printerChange(code: string, from: number): Promise<PrinterInfo> {
    const find = () => printerChanges.slice(from).find((p) => p.code === code);
    await expect.poll(() => find() !== undefined, { timeout: 20_000 }).toBe(true);
    return find()!;
  }

  async function ticketsIssued(): Promise<number> {
    const s = (await rest(t.url, '/api/snapshot', t.deviceTokens.display)).json as Snapshot;
    return Object.values(s.issuedToday).reduce((a, b) => a + b, 0);
  }

  it('prints the ticket: raster with the number, a QR to its status page, cut; the PNG lands in the out folder', async () => {
    const { ticket, outcome } = await issue();
    const job = await outcome;
    expect(job.state).toBe('printed');
    expect(job.attempts).toBe(1);
    // the printer's record of this ticket: the job whose QR decodes to the ticket's status page
    const url = `http://motcua.local/t/${ticket.id}`;
    const find = () => t.printer!.jobs().find((j) => j.decoded.some((d) => d.text === url));
    await expect.poll(() => find() !== undefined, { timeout: 20_000 }).toBe(true);
    const landed = find()!;
    expect(landed.outcome).toBe('printed');
    expect(landed.cuts).toBe(1);
    expect(landed.width).toBe(576);
    expect(landed.height).toBeGreaterThan(600);
    expect(existsSync(landed.pngPath!)).toBe(true);
    // the phone page behind the QR answers for this ticket
    const status = await rest(t.url, `/api/public/tickets/${ticket.id}`, null);
    expect(status.json).toMatchObject({ label: ticket.label, status: 'waiting', today: true });
  });

  const refusals: Array<[FaultKind, string]> = [
    ['paper-out', 'PAPER_OUT'],
    ['cover-open', 'COVER_OPEN'],
    ['offline', 'OFFLINE'],
  ];
  for (const [fault, code] of refusals) {
    it(`${fault}: the job fails with ${code}, the ticket stays valid, staff see it, and a reprint prints the same number`, async () => {
      t.printer!.injectFault(fault);
      const issuedBefore = await ticketsIssued();
      const changesBefore = printerChanges.length;
      const { ticket, jobId, outcome } = await issue();
      const failed = await outcome;
      expect(failed.state).toBe('failed');
      expect(failed.error?.code).toBe(code);
      expect(failed.error?.message.length).toBeGreaterThan(5);
      expect((await printerChange(code, changesBefore)).health).toBe('error');
      // the ticket is still in the queue; staff see the failed job in the snapshot
      const snap = (await rest(t.url, '/api/snapshot', clerkToken)).json as Snapshot;
      expect(snap.activeTickets.some((x) => x.id === ticket.id && x.status === 'waiting')).toBe(true);
      expect(snap.failedPrintJobs.some((j) => j.id === jobId)).toBe(true);
      expect(snap.printers[0]?.health).toBe('error');
      // the printer printed nothing for it
      expect(t.printer!.jobs().filter((j) => j.outcome === 'printed' && j.decoded.some((d) => d.text.endsWith(ticket.id)))).toHaveLength(0);

      await t.printer!.clearFaults();
      const again = settled(jobId);
      const reprint = await rest(t.url, `/api/print/jobs/${jobId}/reprint`, clerkToken, {});
      expect(reprint.status).toBe(200);
      const done = await again;
      expect(done.state).toBe('printed');
      expect(done.attempts).toBe(2);
      expect(done.id).toBe(jobId);
      // no new ticket was issued by the reprint
      expect(await ticketsIssued()).toBe(issuedBefore + 1);
      // the refused attempt's record may land after the reprint started: wait for the printed one
      const forTicket = () => t.printer!.jobs().filter((j) => j.decoded.some((d) => d.text.endsWith(ticket.id)));
      await expect.poll(() => forTicket().length, { timeout: 20_000 }).toBeGreaterThan(0);
      expect(forTicket().map((j) => j.outcome)).toEqual(['printed']);
    });
  }

  it('close-mid-job: CONNECTION_LOST; the partial print is kept by the printer, the job waits for a person to reprint', async () => {
    t.printer!.injectFault({ kind: 'close-mid-job', afterBytes: 2000, once: true });
    const { jobId, outcome } = await issue();
    const failed = await outcome;
    expect(failed.state).toBe('failed');
    expect(failed.error?.code).toMatch(/CONNECTION_LOST|TIMEOUT/);
    // not retried by itself
    await t.hub.print.idle();
    expect(t.hub.print.job(jobId)?.attempts).toBe(1);
    const socketReprint = await new Promise<{ ok: boolean }>((resolve) =>
      (desk.emit as unknown as (...a: unknown[]) => void).call(desk, 'print:reprint', { jobId }, resolve),
    );
    expect(socketReprint.ok).toBe(true);
    await t.hub.print.idle();
    expect(t.hub.print.job(jobId)?.state).toBe('printed');
  });

  it('refuse (printer unreachable): CONNECT_FAILED', async () => {
    t.printer!.injectFault('refuse');
    const { outcome } = await issue();
    const failed = await outcome;
    expect(failed.error?.code).toBe('CONNECT_FAILED');
  });

  it('no-answer: a printer that never answers DLE EOT still prints, with STATUS_UNKNOWN (cheap clones never answer)', async () => {
    t.printer!.injectFault('no-answer');
    const { outcome } = await issue();
    const job = await outcome;
    expect(job.state).toBe('printed');
    expect(job.warnings).toContain('STATUS_UNKNOWN');
  });

  it('paper near end: printed, and staff get a warning', async () => {
    t.printer!.injectFault('paper-near-end');
    const changesBefore = printerChanges.length;
    const { outcome } = await issue();
    const job = await outcome;
    expect(job.state).toBe('printed');
    expect(job.warnings).toContain('PAPER_NEAR_END');
    const w = await printerChange('PAPER_NEAR_END', changesBefore);
    expect(w.health).toBe('warning');
    expect(w.message).toMatch(/sắp hết giấy/);
  });

  it('slow printer: the job still prints completely', async () => {
    t.printer!.injectFault({ kind: 'slow', chunkBytes: 4096, delayMs: 5, once: true });
    const { outcome } = await issue();
    expect((await outcome).state).toBe('printed');
  });

  it('a kiosk cannot reprint; an unknown job is 404; a job being printed cannot be reprinted twice at once', async () => {
    const { jobId, outcome } = await issue();
    expect((await rest(t.url, `/api/print/jobs/${jobId}/reprint`, t.deviceTokens.kiosk, {})).status).toBe(403);
    expect((await rest(t.url, `/api/print/jobs/pj-nope/reprint`, clerkToken, {})).status).toBe(404);
    await outcome;
    t.printer!.injectFault({ kind: 'slow', chunkBytes: 1024, delayMs: 20, once: true });
    const first = await rest(t.url, `/api/print/jobs/${jobId}/reprint`, clerkToken, {});
    const second = await rest(t.url, `/api/print/jobs/${jobId}/reprint`, clerkToken, {});
    expect(first.status).toBe(200);
    expect(second.json).toMatchObject({ error: { code: 'CONFLICT' } });
    await t.hub.print.idle();
  });
});
