import { SerialPortMock } from 'serialport';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ScannerError,
  createHidScannerSource,
  createSerialScannerSource,
  pickHidDevice,
  type HidApi,
  type ScanRead,
} from '../src/index.js';
import { hidPosReports } from './hidReports.js';

const PATH = '/dev/ttyMOTCUA-SCAN';
/** The mock binding SerialPortMock itself uses (importing @serialport/binding-mock as ESM gives another instance). */
const MockBinding = SerialPortMock.binding;

function serialSource(path = PATH) {
  let port: SerialPortMock | null = null;
  const source = createSerialScannerSource({
    path,
    createPort: (o) => (port = new SerialPortMock({ ...o, autoOpen: false })),
  });
  const emit = (s: string): void => port!.port!.emitData(Buffer.from(s));
  return { source, emit, port: () => port };
}

describe('serial scanner source (serialport mock binding)', () => {
  afterEach(() => MockBinding.reset());

  it('delivers one read per CR/LF-terminated line, also when the bytes arrive in pieces', async () => {
    MockBinding.createPort(PATH, { echo: false, record: false });
    const { source, emit } = serialSource();
    const reads: ScanRead[] = [];
    await source.start((r) => reads.push(r), (e) => {
      throw e;
    });
    expect(source.kind).toBe('serial');
    emit('H15.50.05.13-');
    emit('261008-0975\r');
    emit('\nA025\r\n');
    await expect.poll(() => reads.length, { timeout: 20_000 }).toBe(2);
    expect(reads).toEqual([
      { code: 'H15.50.05.13-261008-0975', symbology: null, source: `serial:${PATH}` },
      { code: 'A025', symbology: null, source: `serial:${PATH}` },
    ]);
    await source.stop();
  });

  it('a missing port is a NOT_FOUND error', async () => {
    const { source } = serialSource('/dev/ttyNOTHERE');
    const err = await source.start(() => {}, () => {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ScannerError);
    expect((err as ScannerError).code).toBe('NOT_FOUND');
  });

  it('reports an unplugged scanner as DISCONNECTED, but not a stop', async () => {
    MockBinding.createPort(PATH, { echo: false, record: false });
    const first = serialSource();
    const errors: ScannerError[] = [];
    await first.source.start(() => {}, (e) => errors.push(e));
    await first.source.stop();
    expect(errors).toEqual([]);

    const second = serialSource();
    await second.source.start(() => {}, (e) => errors.push(e));
    await new Promise<void>((r) => second.port()!.close(() => r()));
    await expect.poll(() => errors.length, { timeout: 20_000 }).toBe(1);
    expect(errors[0]?.code).toBe('DISCONNECTED');
  });
});

describe('HID POS scanner source (node-hid)', () => {
  it('with no scanner attached, start() fails with a clear NOT_FOUND error (real node-hid)', async () => {
    const source = createHidScannerSource({ vendorId: 0x0c2e, productId: 0x0b61 });
    const err = await source.start(() => {}, () => {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ScannerError);
    expect((err as ScannerError).code).toBe('NOT_FOUND');
    expect((err as ScannerError).message).toMatch(/Không tìm thấy máy quét HID POS \(0c2e:0b61\)/);
    await source.stop();
  });

  it('picks a device by path, by vendor/product, or by the POS usage page', () => {
    const devices = [
      { vendorId: 1, productId: 2, path: '/dev/hidraw0', usagePage: 0x01 },
      { vendorId: 0x0c2e, productId: 0x0b61, path: '/dev/hidraw1', usagePage: 0x01 },
      { vendorId: 0x0c2e, productId: 0x0b61, path: '/dev/hidraw2', usagePage: 0x8c },
      { vendorId: 5, productId: 6, usagePage: 0x8c },
    ];
    expect(pickHidDevice(devices, {})?.path).toBe('/dev/hidraw2');
    expect(pickHidDevice(devices, { vendorId: 0x0c2e, productId: 0x0b61 })?.path).toBe('/dev/hidraw2');
    expect(pickHidDevice(devices, { path: '/dev/hidraw0' })?.path).toBe('/dev/hidraw0');
    expect(pickHidDevice(devices, { vendorId: 9 })).toBeUndefined();
  });

  it('decodes the reports of an opened device (node-hid double) and reports decode errors', async () => {
    const listeners: { data?: (d: Buffer) => void } = {};
    let closed = false;
    const hid: HidApi = {
      devicesAsync: async () => [{ vendorId: 0x0c2e, productId: 0x0b61, path: '/dev/hidraw7', usagePage: 0x8c }],
      HIDAsync: {
        open: async (path) => {
          expect(path).toBe('/dev/hidraw7');
          return {
            on(event: string, fn: (x: never) => void) {
              if (event === 'data') listeners.data = fn as (d: Buffer) => void;
              return this;
            },
            close: async () => void (closed = true),
          };
        },
      },
    };
    const source = createHidScannerSource({ hid });
    const reads: ScanRead[] = [];
    const errors: ScannerError[] = [];
    await source.start((r) => reads.push(r), (e) => errors.push(e));
    const long = 'X'.repeat(70);
    for (const r of hidPosReports(long, 'Q1')) listeners.data!(Buffer.from(r));
    listeners.data!(Buffer.from([0x05, 0, 0]));
    expect(reads).toEqual([{ code: long, symbology: 'QR', source: 'hid:usage page 0x8c' }]);
    expect(errors.map((e) => e.code)).toEqual(['DECODE_FAILED']);
    await source.stop();
    expect(closed).toBe(true);
  });
});
