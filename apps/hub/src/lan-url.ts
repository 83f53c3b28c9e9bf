import { networkInterfaces } from 'node:os';

/** `http://<first LAN IPv4>:<port>`: what a phone on the office network can open. */
export function lanBaseUrl(port: number): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) {
      if (a.family === 'IPv4' && !a.internal) return `http://${a.address}:${port}`;
    }
  }
  return `http://127.0.0.1:${port}`;
}
