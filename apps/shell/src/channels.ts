/** IPC channels between the preload bridge and the main process (`domain:verb`). */
export const IPC = {
  getConfig: 'shell:getConfig',
  pair: 'shell:pair',
  printerStatus: 'shell:printerStatus',
  /** main → page: a scanner read. */
  scan: 'scanner:read',
} as const;
export type IpcChannel = (typeof IPC)[keyof typeof IPC];

/** `window.motcua` (equal to MOTCUA_BRIDGE_KEY of the protocol; kept here so the preload bundle has no zod). */
export const BRIDGE_KEY = 'motcua';
