import { createAgent, parseScannerSpecs, scannerSources, type Agent, type AgentLog, type AgentOptions } from '@motcua/agent';
import type { ShellConfig } from './shellProtocol.js';

export interface ShellAgentDeps {
  log: AgentLog;
  /** createAgent of @motcua/agent by default; tests inject their own. */
  createAgent?: (options: AgentOptions) => Agent;
}

/**
 * Starts the device agent in-process for a paired shell. Returns null when the shell has no
 * device token (a desk whose clerks log in and that drives no local hardware).
 */
export function startShellAgent(config: ShellConfig, deps: ShellAgentDeps): Agent | null {
  if (!config.deviceToken) return null;
  let scanners: AgentOptions['scanners'] = [];
  try {
    scanners = scannerSources(parseScannerSpecs(config.scanners ?? ''));
  } catch (e) {
    deps.log.error({ err: (e as Error).message }, 'scanner settings ignored');
  }
  const agent = (deps.createAgent ?? createAgent)({ hubUrl: config.hubUrl, deviceToken: config.deviceToken, scanners, log: deps.log });
  agent.start();
  return agent;
}
