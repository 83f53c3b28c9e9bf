import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '@motcua/store';
import type { VirtualPrinter } from '@motcua/virtual-printer';
import { systemClock } from './clock.js';
import { ConfigError, loadConfig } from './config.js';
import { createHub } from './create-hub.js';
import { createLogger } from './logger.js';
import { startupBanner } from './startup-banner.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const log = createLogger(config.logLevel);
  mkdirSync(config.dataDir, { recursive: true });
  const dbPath = join(config.dataDir, 'motcua.sqlite');
  const db = openDatabase(dbPath, { synchronous: config.synchronous });
  const printerLog = log.child({ category: 'virtual-printer' });
  let virtualPrinter: VirtualPrinter | null = null;
  if (config.virtualPrinter) {
    const outDir = join(config.dataDir, 'printed');
    // only the demo's printer needs the decoder (barcode/QR reading): loaded only then
    const { createVirtualPrinter } = await import('@motcua/virtual-printer');
    const start = (port: number) =>
      createVirtualPrinter({ ...config.virtualPrinter!, port, outDir, log: (msg, details) => printerLog.debug(details ?? {}, msg) });
    virtualPrinter = await start(config.virtualPrinter.port).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'EADDRINUSE') throw err;
      log.warn({ port: config.virtualPrinter!.port }, 'virtual printer port in use: using a free port');
      return start(0);
    });
  }
  const hub = await createHub({
    db,
    clock: systemClock,
    log,
    config,
    printerTransports: virtualPrinter ? { virtual: { host: virtualPrinter.address, port: virtualPrinter.port } } : {},
  });
  const port = await hub.listen();
  process.stdout.write(
    startupBanner({
      port,
      host: config.host,
      publicUrl: config.publicUrl,
      dbPath,
      demo: hub.demo,
      printedDir: virtualPrinter?.outDir ?? null,
    }),
  );
  log.info({ port, dbPath }, 'hub listening');

  let closing = false;
  const shutdown = (signal: string): void => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    hub
      .close()
      .then(() => virtualPrinter?.close())
      .then(() => db.close())
      .finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  process.stderr.write(`motcua hub failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
