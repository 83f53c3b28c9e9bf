export type { Alignment, BarcodeSymbology, Command, CommandType } from './command.js';
export { parseEscPos, commandLength } from './parseEscPos.js';
export { decodeText, SUPPORTED_CODEPAGES } from './codepages.js';
export { decodeCodeSet128, code128Values, code128Modules } from './code128.js';
export { renderJob, type RenderOptions, type RenderedJob, type RenderedBarcode } from './renderJob.js';
export { decodeCodes, type DecodedCode } from './decodeCodes.js';
export { describeCommand, countCommands } from './describeCommand.js';
export { READY, canPrint, statusByte, type PrinterStatus } from './status.js';
export { normalizeFault, statusWithFaults, type Fault, type FaultKind } from './fault.js';
export {
  createVirtualPrinter,
  type JobOutcome,
  type JobRecord,
  type StatusQueryRecord,
  type VirtualPrinter,
  type VirtualPrinterOptions,
} from './createVirtualPrinter.js';
