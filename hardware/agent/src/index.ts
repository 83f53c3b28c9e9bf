export { createAgent, type Agent, type AgentOptions } from './createAgent.js';
export { AgentEnvError, loadAgentEnv, maskToken, parseScannerSpecs, scannerSources, type AgentEnv, type ScannerSpec } from './env.js';
export {
  silentLog,
  type AgentConnection,
  type AgentLog,
  type AgentPrintJob,
  type AgentPrintOutcome,
  type AgentStatus,
  type PrintJobHandler,
  type ScanRead,
  type ScannerState,
} from './types.js';
