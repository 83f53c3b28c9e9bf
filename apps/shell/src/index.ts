// What the shell's modules export, for tests and tools. The Electron entry point is main.ts.
export { startShell, type ShellElectron, type ShellHandle, type ShellOptions } from './shell.js';
export { windowOptions, createShellWindow, type WindowSettings } from './window.js';
export { navigationPolicy, hardenContents, hardenSession, applySecurity, ALLOWED_PERMISSIONS, type SecurityPolicy } from './security.js';
export { acquireSingleInstance, watchRenderer, preventDisplaySleep, DEFAULT_RELOAD_POLICY, type ReloadPolicy } from './lifecycle.js';
export { registerIpc, type ShellBackend, type IpcTrust } from './ipc.js';
export { createConfigStore, CONFIG_FILE, type ConfigStore, type ConfigLoad } from './config-store.js';
export { pairWithHub, normaliseHub, type PairClientResult } from './pairing.js';
export { pageUrl, ROLE_PAGES } from './pages.js';
export { startShellAgent } from './agent.js';
export { IPC, BRIDGE_KEY } from './channels.js';
