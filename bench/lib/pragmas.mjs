// The production SQLite pragmas, read from packages/store/src/db.ts (`applyPragmas`) so the bare
// floor cannot drift from what the hub runs. Falls back to a mirror if the source changes shape.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './children.mjs';

const MIRROR = ['journal_mode = WAL', 'synchronous = FULL', 'foreign_keys = ON', 'busy_timeout = 5000'];

export function productionPragmas(synchronous = 'FULL') {
  try {
    const src = readFileSync(join(ROOT, 'packages/store/src/db.ts'), 'utf8');
    const body = /function applyPragmas[\s\S]*?\n\}/.exec(src)?.[0];
    const found = [...(body ?? '').matchAll(/db\.pragma\(\s*(`[^`]*`|'[^']*'|"[^"]*")\s*\)/g)].map((m) =>
      m[1].slice(1, -1).replace(/\$\{[^}]*synchronous[^}]*\}/, synchronous),
    );
    const ok = found.length > 0 && found.every((p) => /^[a-z_]+ = [A-Za-z0-9]+$/.test(p));
    if (ok && found.some((p) => p.startsWith('synchronous = '))) return { pragmas: found, source: 'packages/store/src/db.ts applyPragmas' };
  } catch {
    /* fall through */
  }
  return { pragmas: MIRROR.map((p) => p.replace('FULL', synchronous)), source: 'mirror' };
}
