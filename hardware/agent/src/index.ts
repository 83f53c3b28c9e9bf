export { createAgent, AGENT_VERSION, type Agent, type AgentOptions } from './createAgent.js';
export {
  AgentEnvError,
  loadAgentEnv,
  maskToken,
  parseScannerSpecs,
  readPrintersSetting,
  scannerSources,
  type AgentEnv,
  type ScannerSpec,
} from './env.js';
export { AGENT_TRANSPORTS, AgentConfigError, parsePrinterProfiles, printerProfilesOrThrow } from './printerProfiles.js';
export { createLocalPrinters, toOutcome, UNKNOWN_PRINTER, type LocalPrinters, type LocalPrintersOptions } from './localPrinters.js';
export {
  silentLog,
  type AgentConnection,
  type AgentLog,
  type AgentPrintJob,
  type AgentPrintOutcome,
  type AgentStatus,
  type PrinterState,
  type PrintJobHandler,
  type RegistrationState,
  type ScanRead,
  type ScannerState,
} from './types.js';
