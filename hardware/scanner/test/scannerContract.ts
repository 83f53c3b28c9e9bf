import { afterEach, describe, expect, it } from 'vitest';
import { ScannerError, type ScannerSource, type ScanRead } from '../src/index.js';

/** One scanner as a test drives it: the source under test plus the "hardware" behind it. */
export interface ContractScanner {
  source: ScannerSource;
  /** Makes the device send one code the way it really would (lines, HID reports…). */
  send(code: string): void;
  /** Pulls the cable. */
  unplug(): Promise<void> | void;
}

export interface ContractDevice {
  present(): ContractScanner;
  /** A source whose device is not attached. */
  missing(): ScannerSource;
  reset?(): void;
}

/** The behaviour every ScannerSource must have, run unchanged against each implementation. */
export function describeScannerContract(name: string, device: () => ContractDevice): void {
  describe(`ScannerSource contract: ${name}`, () => {
    let d: ContractDevice;
    const started: ScannerSource[] = [];
    const start = async (s: ContractScanner) => {
      const reads: ScanRead[] = [];
      const errors: ScannerError[] = [];
      await s.source.start((r) => reads.push(r), (e) => errors.push(e));
      started.push(s.source);
      return { reads, errors };
    };
    afterEach(async () => {
      for (const s of started.splice(0)) await s.stop();
      d?.reset?.();
    });

    it('delivers codes in order, tagged with the source id', async () => {
      d = device();
      const s = d.present();
      const { reads, errors } = await start(s);
      s.send('H15.50.05.13-261008-0975');
      s.send('A025');
      await expect.poll(() => reads.length, { timeout: 20_000 }).toBe(2);
      expect(reads.map((r) => r.code)).toEqual(['H15.50.05.13-261008-0975', 'A025']);
      expect(reads.every((r) => r.source === s.source.id)).toBe(true);
      expect(errors).toEqual([]);
    });

    it('a missing device fails start() with NOT_FOUND', async () => {
      d = device();
      const err = await d
        .missing()
        .start(() => {}, () => {})
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ScannerError);
      expect((err as ScannerError).code).toBe('NOT_FOUND');
    });

    it('an unplugged device is reported once as DISCONNECTED', async () => {
      d = device();
      const s = d.present();
      const { errors } = await start(s);
      await s.unplug();
      await expect.poll(() => errors.length, { timeout: 20_000 }).toBe(1);
      expect(errors[0]?.code).toBe('DISCONNECTED');
    });

    it('after stop() no read arrives, and stop() may be called twice', async () => {
      d = device();
      const s = d.present();
      const { reads, errors } = await start(s);
      await s.source.stop();
      await s.source.stop();
      s.send('B107');
      await new Promise((r) => setTimeout(r, 50));
      expect(reads).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
}
