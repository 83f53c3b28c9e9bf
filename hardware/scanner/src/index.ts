// `@motcua/scanner`: everything (Node side). Pages import the browser-safe `@motcua/scanner/wedge`.
export * from './wedge.js';
export * from './hidPos.js';
export * from './lineFramer.js';
export * from './ScannerSource.js';
export {
  createHidScannerSource,
  pickHidDevice,
  type HidApi,
  type HidDeviceInfo,
  type HidHandle,
  type HidScannerOptions,
} from './hidScannerSource.js';
export { createSerialScannerSource, type SerialScannerOptions } from './serialScannerSource.js';
export type { SerialPortLike as ScannerSerialPortLike } from './serialScannerSource.js';
