// Builds what runs: the hub bundle (esbuild) and the four web apps (vite).
// `--if-stale` skips the build when every output is newer than every source file.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build as esbuild } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const WEB_APPS = ['kiosk', 'desk', 'display', 'admin'];
const SOURCE_DIRS = ['apps', 'packages', 'hardware'];
const STAMP = join(root, 'apps/hub/dist/main.js');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function isStale() {
  if (!existsSync(STAMP)) return true;
  const built = statSync(STAMP).mtimeMs;
  for (const app of WEB_APPS) {
    if (existsSync(join(root, 'apps', app, 'index.html')) && !existsSync(join(root, 'apps', app, 'dist/index.html'))) {
      return true;
    }
  }
  return SOURCE_DIRS.some((d) => newestMtime(join(root, d)) > built);
}

/** Keep third-party packages (native modules among them) external; bundle our own TS workspaces. */
const externalDeps = {
  name: 'external-deps',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@motcua/') || args.path.startsWith('node:')) return undefined;
      return { path: args.path, external: true };
    });
  },
};

async function buildHub() {
  await esbuild({
    entryPoints: { main: join(root, 'apps/hub/src/main.ts') },
    // code only some hubs use (the demo's virtual printer) goes in chunks loaded on first use
    outdir: join(root, 'apps/hub/dist'),
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    plugins: [externalDeps],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
}

async function buildWebApps() {
  const { build } = await import('vite');
  for (const app of WEB_APPS) {
    const dir = join(root, 'apps', app);
    if (!existsSync(join(dir, 'index.html'))) continue;
    await build({ root: dir, configFile: join(dir, 'vite.config.ts'), logLevel: 'warn' });
  }
}

if (process.argv.includes('--if-stale') && !isStale()) process.exit(0);
const t0 = Date.now();
await buildWebApps();
await buildHub();
console.log(`motcua: build done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
