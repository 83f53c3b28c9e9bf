export { createHub, HUB_VERSION, type Hub, type HubDeps } from './create-hub.js';
export { loadConfig, testConfig, ConfigError, type HubConfig } from './config.js';
export { ManualClock, systemClock, type Clock } from './clock.js';
export { createLogger } from './logger.js';
export type { DemoCredentials } from './seed/demo.js';
