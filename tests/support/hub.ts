import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { createHub, testConfig, type Clock, type Hub, type HubConfig } from '@motcua/hub';
import { openDatabase } from '@motcua/store';
import { createVirtualPrinter, type VirtualPrinter } from '@motcua/virtual-printer';

export interface TestHub {
  url: string;
  port: number;
  hub: Hub;
  dataDir: string;
  dbPath: string;
  deviceTokens: { kiosk: string; display: string };
  /** The demo kiosk's printer (a virtual printer on a free port), or null with `printer: false`. */
  printer: VirtualPrinter | null;
  users: {
    admin: { username: string; password: string };
    clerks: Array<{ username: string; password: string; counterId: string }>;
  };
  close(): Promise<void>;
}

/** A real hub on 127.0.0.1:0 with a temp SQLite file and the demo office seeded. */
export async function startTestHub(
  opts: { clock?: Clock; config?: Partial<HubConfig>; dataDir?: string; printer?: boolean } = {},
): Promise<TestHub> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'motcua-test-'));
  const dbPath = join(dataDir, 'motcua.sqlite');
  const db = openDatabase(dbPath, { synchronous: 'NORMAL' });
  const printer =
    opts.printer === false ? null : await createVirtualPrinter({ port: 0, outDir: join(dataDir, 'printed') });
  const hub = await createHub({
    printerTransports: printer ? { virtual: { host: printer.address, port: printer.port } } : {},
    db,
    clock: opts.clock ?? { now: () => Date.now() },
    log: pino({ level: 'silent' }),
    config: testConfig({ seed: 'demo', publicUrl: 'http://motcua.local', ...opts.config }),
  });
  const port = await hub.listen(0, '127.0.0.1');
  const demo = hub.demo!;
  if (!printer) {
    const kiosk = hub.auth.listDevices().find((d) => d.role === 'kiosk');
    if (kiosk) hub.auth.assignPrinter(kiosk.id, null);
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    hub,
    dataDir,
    dbPath,
    deviceTokens: demo.deviceTokens,
    printer,
    users: { admin: demo.admin, clerks: demo.clerks },
    async close() {
      await hub.close();
      await printer?.close();
      db.close();
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
