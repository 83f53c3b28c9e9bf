import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('../..', import.meta.url).pathname;

/**
 * Bundles the hub's real entry point (same options as scripts/build.mjs) to a private file
 * two levels below apps/, so it finds the seed data like the production bundle does.
 */
export async function bundleHubForTest(): Promise<string> {
  const outfile = join(root, 'apps/hub/dist', `test-main-${process.pid}.mjs`);
  await build({
    entryPoints: [join(root, 'apps/hub/src/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    plugins: [
      {
        name: 'external-deps',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (a) =>
            a.path.startsWith('@motcua/') || a.path.startsWith('node:') ? undefined : { path: a.path, external: true },
          );
        },
      },
    ],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return outfile;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export interface HubProcess {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  kiosk: string;
  display: string;
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts the bundled hub as a child process and waits until it answers /api/health. */
export async function startHubProcess(bundle: string, dataDir: string, port: number): Promise<HubProcess> {
  const child = spawn(process.execPath, [bundle], {
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST: '127.0.0.1',
      MOTCUA_DATA_DIR: dataDir,
      MOTCUA_SYNCHRONOUS: 'FULL',
      LOG_LEVEL: 'warn',
      MOTCUA_VIRTUAL_PRINTER: '127.0.0.1:0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`hub exited ${child.exitCode}: ${out}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok && /tv\/\?token=/.test(out)) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`hub did not start: ${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const token = (page: string): string => new RegExp(`${page}/\\?token=(\\S+)`).exec(out)![1]!;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return {
    child,
    url,
    stdout: () => out,
    kiosk: token('kiosk'),
    display: token('tv'),
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
