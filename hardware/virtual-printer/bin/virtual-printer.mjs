#!/usr/bin/env node
// Runs the virtual printer on its own, for trying a real sender against it:
//   node hardware/virtual-printer/bin/virtual-printer.mjs --port 9100 --out ./printed [--width 512]
//        [--fault paper-out] [--fault no-answer] [--idle-ms 10000]
// The package has no build step: ./load.mjs bundles its sources first. The hub runs the
// printer in-process.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadVirtualPrinter } from './load.mjs';

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '9100' },
    out: { type: 'string', default: 'virtual-printer-out' },
    width: { type: 'string', default: '576' },
    'idle-ms': { type: 'string', default: '10000' },
    fault: { type: 'string', multiple: true, default: [] },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log('virtual-printer [--host 127.0.0.1] [--port 9100] [--out DIR] [--width 576|512] [--idle-ms N] [--fault KIND]…');
  process.exit(0);
}

const { createVirtualPrinter } = await loadVirtualPrinter();

const outDir = resolve(values.out);
const printer = await createVirtualPrinter({
  host: values.host,
  port: Number(values.port),
  outDir,
  widthDots: Number(values.width),
  idleTimeoutMs: Number(values['idle-ms']),
  log: (message, details) => console.log(`${new Date().toISOString()} ${message}`, details && Object.keys(details).length ? JSON.stringify(details) : ''),
});
for (const fault of values.fault) printer.injectFault(fault);
console.log(`virtual printer on ${printer.address}:${printer.port}, printing into ${outDir}`);
const stop = async () => {
  await printer.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
