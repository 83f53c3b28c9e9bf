import { EventEmitter } from 'node:events';
import { SerialPortMock } from 'serialport';
import { createHidScannerSource, createSerialScannerSource, type HidApi } from '../src/index.js';
import { describeScannerContract } from './scannerContract.js';
import { hidPosReports } from './hidReports.js';

const MockBinding = SerialPortMock.binding;

describeScannerContract('serial (serialport mock binding, CR LF lines)', () => {
  const path = '/dev/ttyMOTCUA-CONTRACT';
  MockBinding.reset();
  MockBinding.createPort(path, { echo: false, record: false });
  const open = () => {
    let port: SerialPortMock | null = null;
    const source = createSerialScannerSource({ path, createPort: (o) => (port = new SerialPortMock({ ...o, autoOpen: false })) });
    return { source, port: () => port };
  };
  return {
    present() {
      const s = open();
      return {
        source: s.source,
        send: (code) => {
          const p = s.port();
          if (p?.isOpen) p.port!.emitData(Buffer.from(`${code}\r\n`));
        },
        unplug: () => new Promise<void>((r) => s.port()!.close(() => r())),
      };
    },
    missing: () => createSerialScannerSource({ path: '/dev/ttyNOTHERE', createPort: (o) => new SerialPortMock({ ...o, autoOpen: false }) }),
    reset: () => MockBinding.reset(),
  };
});

describeScannerContract('HID POS (node-hid double, 64-byte reports)', () => {
  const device = new EventEmitter();
  let open = false;
  const hid: HidApi = {
    devicesAsync: async () => [{ vendorId: 0x0c2e, productId: 0x0b61, path: '/dev/hidraw9', usagePage: 0x8c }],
    HIDAsync: {
      open: async () => {
        open = true;
        return {
          on: (event: string, fn: (x: never) => void) => device.on(event, fn as (...a: unknown[]) => void),
          close: async () => {
            open = false;
            device.removeAllListeners();
          },
        };
      },
    },
  };
  return {
    present: () => ({
      source: createHidScannerSource({ vendorId: 0x0c2e, productId: 0x0b61, hid }),
      send: (code) => {
        if (open) for (const r of hidPosReports(code)) device.emit('data', Buffer.from(r));
      },
      unplug: () => void device.emit('error', new Error('could not read from HID device')),
    }),
    missing: () => createHidScannerSource({ vendorId: 0x1eab, productId: 0x0001, hid }),
  };
});
