// Type-checks every workspace with its own tsconfig: web apps get DOM types, Node code gets Node types.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const { workspaces } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dirs = workspaces.flatMap((w) =>
  w.endsWith('/*') ? readdirSync(join(root, w.slice(0, -2))).map((d) => join(w.slice(0, -2), d)) : [w],
);
const tsc = join(root, 'node_modules/typescript/bin/tsc');
let failed = 0;
for (const dir of dirs) {
  if (!existsSync(join(root, dir, 'tsconfig.json'))) continue;
  try {
    execFileSync(process.execPath, [tsc, '-p', join(root, dir)], { stdio: 'inherit' });
    console.log(`typecheck ok    ${dir}`);
  } catch {
    failed++;
    console.log(`typecheck FAIL  ${dir}`);
  }
}
process.exit(failed ? 1 : 0);
