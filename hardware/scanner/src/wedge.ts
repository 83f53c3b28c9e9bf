// `@motcua/scanner/wedge`: what a web page needs to read a keyboard-wedge scanner.
// Browser-safe: this file and everything it imports use no Node or DOM modules.
export { createWedgeDetector, type WedgeDetector, type WedgeOptions, type WedgeResult } from './createWedgeDetector.js';
export { characterOf, terminatorOf, type Terminator, type WedgeKey } from './wedgeKeymap.js';
export {
  attachWedgeListener,
  type KeydownEventLike,
  type KeydownTarget,
  type WedgeListenerOptions,
} from './attachWedgeListener.js';
export { listenForScans, type PageScan, type ScanBridgeLike } from './listenForScans.js';
