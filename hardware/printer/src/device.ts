// The canvas-free part of @motcua/printer (`@motcua/printer/device`): profiles, transports,
// status, errors and the queue for ready ESC/POS bytes. Device agents (and the Electron main
// process that hosts one) use this; it never loads @napi-rs/canvas.
export * from './PrinterError.js';
export * from './status.js';
export * from './profile.js';
export * from './transport.js';
export * from './createTransport.js';
export * from './transports/tcpTransport.js';
export * from './transports/usbFileTransport.js';
export * from './transports/serialTransport.js';
export { createPrintQueue, createRawPrinter, type PrintFailure, type PrintResult, type PrintSuccess, type PrintWarning, type PrinterOptions, type PrinterQueue } from './printQueue.js';
