import { HID_POS_64, HidPosDecodeError, createHidPosAssembler, type HidPosLayout } from './hidPos.js';
import { ScannerError, type ScanRead, type ScannerSource } from './ScannerSource.js';

/** The parts of node-hid v3 this source uses (its module fits; tests pass a double). */
export interface HidDeviceInfo {
  vendorId: number;
  productId: number;
  path?: string | undefined;
  usagePage?: number | undefined;
  product?: string | undefined;
}
export interface HidHandle {
  on(event: 'data', listener: (data: Buffer) => void): unknown;
  on(event: 'error', listener: (err: unknown) => void): unknown;
  close(): Promise<void> | void;
}
export interface HidApi {
  devicesAsync(): Promise<HidDeviceInfo[]>;
  HIDAsync: { open(path: string): Promise<HidHandle> };
}

export interface HidScannerOptions {
  /** Pick the device by vendor/product id, by hidraw path, or (default) by usage page 0x8C. */
  vendorId?: number;
  productId?: number;
  path?: string;
  usagePage?: number;
  layout?: HidPosLayout;
  /** node-hid by default. */
  hid?: HidApi | (() => Promise<HidApi>);
}

const hex4 = (n: number): string => n.toString(16).padStart(4, '0');

async function loadNodeHid(): Promise<HidApi> {
  const mod = (await import('node-hid')) as unknown as HidApi & { default?: HidApi };
  return typeof mod.devicesAsync === 'function' ? mod : (mod.default as HidApi);
}

/** Chooses the device that matches the options; exported for tests. */
export function pickHidDevice(devices: readonly HidDeviceInfo[], o: HidScannerOptions): HidDeviceInfo | undefined {
  const usagePage = o.usagePage ?? 0x8c;
  return devices.find((d) => {
    if (!d.path) return false;
    if (o.path !== undefined) return d.path === o.path;
    if (o.vendorId !== undefined && d.vendorId !== o.vendorId) return false;
    if (o.productId !== undefined && d.productId !== o.productId) return false;
    // With a vendor id and no usage page given, any interface of that device with a POS page or none reported.
    if (o.vendorId !== undefined && o.usagePage === undefined) return d.usagePage === undefined || d.usagePage === usagePage;
    return d.usagePage === usagePage;
  });
}

function describe(o: HidScannerOptions): string {
  if (o.path) return o.path;
  if (o.vendorId !== undefined) return `${hex4(o.vendorId)}:${o.productId === undefined ? '*' : hex4(o.productId)}`;
  return `usage page 0x${(o.usagePage ?? 0x8c).toString(16)}`;
}

/** A scanner in HID POS mode read with node-hid (hidraw on Linux: see docs/deployment.md for the udev rule). */
export function createHidScannerSource(options: HidScannerOptions = {}): ScannerSource {
  const id = `hid:${describe(options)}`;
  let handle: HidHandle | null = null;
  return {
    id,
    kind: 'hid-pos',
    async start(onRead, onError) {
      let hid: HidApi;
      try {
        hid = typeof options.hid === 'function' ? await options.hid() : (options.hid ?? (await loadNodeHid()));
      } catch (e) {
        throw new ScannerError('OPEN_FAILED', `${id}: node-hid cannot load: ${(e as Error).message}`, { cause: e });
      }
      const devices = await hid.devicesAsync();
      const device = pickHidDevice(devices, options);
      if (!device?.path) {
        throw new ScannerError(
          'NOT_FOUND',
          `Không tìm thấy máy quét HID POS (${describe(options)}); ${devices.length} thiết bị HID đang cắm. Kiểm tra cáp, chế độ HID POS của máy quét và quyền hidraw (udev).`,
        );
      }
      try {
        handle = await hid.HIDAsync.open(device.path);
      } catch (e) {
        throw new ScannerError('OPEN_FAILED', `${id}: cannot open ${device.path}: ${(e as Error).message}`, { cause: e });
      }
      const assembler = createHidPosAssembler(options.layout ? { layout: options.layout } : { layout: HID_POS_64 });
      handle.on('data', (data) => {
        try {
          const read = assembler.push(new Uint8Array(data));
          if (read) onRead({ code: read.text, symbology: read.symbology, source: id } satisfies ScanRead);
        } catch (e) {
          if (e instanceof HidPosDecodeError) onError(new ScannerError('DECODE_FAILED', e.message, { cause: e }));
          else throw e;
        }
      });
      handle.on('error', (err) => onError(new ScannerError('DISCONNECTED', `${id}: ${String(err)}`, { cause: err })));
    },
    async stop() {
      const h = handle;
      handle = null;
      if (h) await h.close();
    },
  };
}
