#!/usr/bin/env node
// Standalone device agent. Configure with MOTCUA_HUB_URL, MOTCUA_DEVICE_TOKEN, MOTCUA_SCANNERS, MOTCUA_PRINTERS
// (see hardware/agent/README.md). Build the bundle first: `node scripts/shell/build.mjs --agent`.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/motcua-agent.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('motcua-agent: not built; run `node scripts/shell/build.mjs --agent` in the repository first.\n');
  process.exit(2);
}
await import(bundle.href);
