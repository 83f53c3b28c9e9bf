import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createRaster,
  encodeRaster,
  isPrinterError,
  statusError,
  type PrinterErrorCode,
  type PrinterTransport,
  type StatusRequest,
} from '../../src/index.js';
import type { DeviceStatus } from './escposStream.js';

/** A printer double and the transports that reach it. */
export interface ContractDevice {
  /** A transport to the device. */
  transport(): PrinterTransport;
  /** A transport to a device that is not there. */
  unreachable(): PrinterTransport;
  /** A transport whose connection breaks during a job. */
  breaking(): PrinterTransport;
  /** A transport (send timeout 500 ms) to a device that stops taking data. */
  stalled(): PrinterTransport;
  setStatus(status: DeviceStatus): void | Promise<void>;
  /** Job bytes (everything but status questions) the device has received so far. */
  received(): Uint8Array;
  /** The `DLE EOT n` questions it has seen (on connections that carried a job, at least). */
  questions(): StatusRequest[];
  /** Whether `questions()` includes connections that only asked for status. */
  seesStatusOnlyConnections: boolean;
  /** Forgets what was received. */
  reset(): void;
  close(): Promise<void>;
}

/** A real raster job of about `length` bytes: 576 dots of deterministic noise, fed and cut. */
export function payload(length: number, seed = 1): Uint8Array {
  const raster = createRaster(576, Math.max(1, Math.ceil(length / 72)));
  let x = seed;
  for (let i = 0; i < raster.data.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    raster.data[i] = x >>> 24;
  }
  return encodeRaster(raster, { cut: 'partial', feedLines: 3 });
}

async function eventually(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 2500 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!check()) throw new Error(`never happened: ${what}`);
}

async function codeOf(work: Promise<unknown>): Promise<PrinterErrorCode | 'resolved' | 'not a PrinterError'> {
  try {
    await work;
    return 'resolved';
  } catch (e) {
    return isPrinterError(e) ? e.code : 'not a PrinterError';
  }
}

/** [PT*] One suite, run unchanged against every transport (STYLE.md 6). */
export function describeTransportContract(name: string, makeDevice: () => Promise<ContractDevice>): void {
  describe(`PrinterTransport contract: ${name}`, () => {
    let device: ContractDevice;
    beforeAll(async () => {
      device = await makeDevice();
    });
    afterAll(async () => {
      await device.close();
    });
    beforeEach(async () => {
      device.reset();
      await device.setStatus({});
    });

    it('[PT1] send delivers every byte, complete and in order', async () => {
      const job = payload(200_000);
      const t = device.transport();
      await t.send(job.subarray(0, 1000));
      await t.send(job.subarray(1000));
      await t.close();
      await eventually(() => device.received().length >= job.length, 'all bytes received');
      expect(Buffer.from(device.received()).equals(Buffer.from(job))).toBe(true);
    });

    it('[PT2] a ready printer answers DLE EOT 1, 2, 4: known and clear', async () => {
      const t = device.transport();
      const s = await t.queryStatus(5000);
      await t.close();
      if (device.seesStatusOnlyConnections) expect(device.questions()).toEqual([1, 2, 4]);
      expect(s).toMatchObject({ known: true, offline: false, coverOpen: false, paperOut: false, paperNearEnd: false, error: false });
      expect(statusError(s)).toBeNull();
    });

    const faults = [
      [{ paperOut: true }, 'paperOut', 'PAPER_OUT'],
      [{ coverOpen: true }, 'coverOpen', 'COVER_OPEN'],
      [{ offline: true }, 'offline', 'OFFLINE'],
      [{ error: true }, 'error', 'PRINTER_ERROR'],
      [{ paperNearEnd: true }, 'paperNearEnd', null],
    ] as const;
    for (const [state, flag, code] of faults) {
      it(`[PT3] status maps ${flag} → ${code ?? 'a warning, not an error'}`, async () => {
        await device.setStatus(state);
        const t = device.transport();
        const s = await t.queryStatus(5000);
        await t.close();
        expect(s.known).toBe(true);
        expect(s[flag]).toBe(true);
        expect(statusError(s)?.code ?? null).toBe(code);
      });
    }

    it('[PT4] no answer is UNKNOWN, not OK', async () => {
      await device.setStatus('no-answer');
      const t = device.transport();
      const s = await t.queryStatus(300);
      await t.close();
      expect(s.known).toBe(false);
      expect(statusError(s)?.code).toBe('NO_ANSWER');
    });

    it('[PT5] status before and after a job, on one connection', async () => {
      const job = payload(5000, 7);
      const t = device.transport();
      expect((await t.queryStatus(5000)).known).toBe(true);
      await t.send(job);
      expect((await t.queryStatus(5000)).known).toBe(true);
      await t.close();
      await eventually(() => device.received().length >= job.length, 'job received');
      expect(device.questions()).toEqual([1, 2, 4, 1, 2, 4]);
      expect(Buffer.from(device.received()).equals(Buffer.from(job))).toBe(true);
    });

    it('[PT6] a printer that cannot be reached fails with CONNECT_FAILED', async () => {
      expect(await codeOf(device.unreachable().send(payload(10)))).toBe('CONNECT_FAILED');
      const t = device.unreachable();
      expect(await codeOf(t.queryStatus(1000))).toBe('CONNECT_FAILED');
      await t.close();
    });

    it('[PT7] a connection lost during a job fails with CONNECTION_LOST', async () => {
      const t = device.breaking();
      const code = await codeOf(
        (async () => {
          await t.send(payload(2_000_000, 3));
          await t.queryStatus(5000);
        })(),
      );
      await t.close();
      expect(code).toBe('CONNECTION_LOST');
    });

    it('[PT9] a printer that stops taking data fails the job with TIMEOUT', async () => {
      const t = device.stalled();
      const code = await codeOf(t.send(payload(24 * 1024 * 1024, 5)));
      await t.close();
      expect(code).toBe('TIMEOUT');
    });

    it('[PT8] close is idempotent and a closed transport refuses work', async () => {
      const t = device.transport();
      await t.queryStatus(5000);
      await t.close();
      await t.close();
      expect(await codeOf(t.send(payload(10)))).toBe('CONNECTION_LOST');
    });
  });
}
