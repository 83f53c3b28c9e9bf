// Builds the Electron shell into apps/shell/dist — a complete app directory that `electron .`
// (from apps/shell) and electron-builder (directories.app) both use:
//   main.cjs     main process (CommonJS; electron and native modules external)
//   preload.cjs  sandboxed preload (CommonJS; only `electron` external)
//   pages/       local pages (pairing, offline)
//   package.json name, version, main, and the native modules it ships
//   node_modules the N-API native modules (node-hid, serialport) and their runtime dependencies,
//                copied from the workspace: prebuilt for every platform, no rebuild for Electron
// `--agent` also bundles the standalone device agent to hardware/agent/dist/motcua-agent.mjs.
// `--no-native` skips copying node_modules (faster; scanners then report "cannot load").
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const shellDir = join(root, 'apps/shell');
const outDir = join(shellDir, 'dist');
/** Loaded at run time from node_modules, never bundled: Electron itself and N-API addons. */
const NATIVE = ['node-hid', 'serialport'];
const isExternal = (p) => p === 'electron' || NATIVE.some((n) => p === n || p.startsWith(`${n}/`)) || p.startsWith('@serialport/');

const externals = (keep) => ({
  name: 'externals',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (a) => (keep(a.path) ? { path: a.path, external: true } : undefined));
  },
});

export async function buildShell({ native = true } = {}) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node22', logLevel: 'warning', sourcemap: 'linked', legalComments: 'none' };
  await build({
    ...common,
    entryPoints: [join(shellDir, 'src/main.ts')],
    outfile: join(outDir, 'main.cjs'),
    plugins: [externals(isExternal)],
  });
  await build({
    ...common,
    entryPoints: [join(shellDir, 'src/preload.ts')],
    outfile: join(outDir, 'preload.cjs'),
    plugins: [externals((p) => p === 'electron')],
  });
  cpSync(join(shellDir, 'static/pages'), join(outDir, 'pages'), { recursive: true });

  const pkg = JSON.parse(readFileSync(join(shellDir, 'package.json'), 'utf8'));
  const shipped = native ? copyNativeModules() : {};
  const appPkg = {
    name: 'motcua-shell',
    productName: 'Motcua',
    version: pkg.version,
    description: pkg.description,
    license: 'MIT',
    author: 'motcua contributors',
    main: 'main.cjs',
    dependencies: shipped,
  };
  writeFileSync(join(outDir, 'package.json'), `${JSON.stringify(appPkg, null, 2)}\n`);
  return { outDir, shipped };
}

/** Copies NATIVE and their runtime dependency closure from the workspace's node_modules. */
function copyNativeModules() {
  const seen = new Map();
  const visit = (name, fromDir) => {
    if (seen.has(name)) return;
    const dir = resolvePackageDir(name, fromDir);
    if (!dir) throw new Error(`shell build: ${name} is not installed (npm ci)`);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    seen.set(name, { dir, version: pkg.version });
    for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep, dir);
  };
  for (const n of NATIVE) visit(n, root);
  for (const [name, { dir }] of seen) {
    cpSync(dir, join(outDir, 'node_modules', name), {
      recursive: true,
      dereference: true,
      filter: (src) => !/[/\\](test|tests|docs|\.github|hidapi|build[/\\]Release[/\\]obj\.target)([/\\]|$)/.test(src.slice(dir.length)),
    });
  }
  return Object.fromEntries([...NATIVE].map((n) => [n, seen.get(n).version]));
}

/** Node's lookup: <dir>/node_modules/<name>, walking up to the repository root. */
function resolvePackageDir(name, fromDir) {
  for (let d = fromDir; d.startsWith(root); d = dirname(d)) {
    const candidate = join(d, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (d === root) break;
  }
  return null;
}

export async function buildAgent() {
  const outfile = join(root, 'hardware/agent/dist/motcua-agent.mjs');
  await build({
    entryPoints: [join(root, 'hardware/agent/src/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    plugins: [externals((p) => !p.startsWith('@motcua/') && !p.startsWith('node:'))],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return outfile;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t0 = Date.now();
  const { shipped } = await buildShell({ native: !process.argv.includes('--no-native') });
  if (process.argv.includes('--agent')) await buildAgent();
  console.log(`motcua: shell built to apps/shell/dist in ${((Date.now() - t0) / 1000).toFixed(1)} s (native: ${Object.keys(shipped).join(', ') || 'none'})`);
}
