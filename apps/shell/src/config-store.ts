import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ShellConfigSchema, type ShellConfig } from './shellProtocol.js';

export const CONFIG_FILE = 'motcua-shell.json';

export type ConfigLoad =
  | { state: 'missing' }
  | { state: 'invalid'; problems: string[] }
  | { state: 'ok'; config: ShellConfig };

export interface ConfigStore {
  readonly path: string;
  load(): ConfigLoad;
  /** Validates and writes atomically (temp file + rename), so a power cut never leaves half a file. */
  save(config: ShellConfig): ShellConfig;
}

/** The shell's configuration as JSON in a directory (Electron's `userData`). */
export function createConfigStore(dir: string): ConfigStore {
  const path = join(dir, CONFIG_FILE);
  return {
    path,
    load() {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
        return { state: 'invalid', problems: [`${path}: ${(e as Error).message}`] };
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (e) {
        return { state: 'invalid', problems: [`${path}: not JSON (${(e as Error).message})`] };
      }
      const parsed = ShellConfigSchema.safeParse(json);
      if (!parsed.success) return { state: 'invalid', problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) };
      return { state: 'ok', config: parsed.data };
    },
    save(config) {
      const valid = ShellConfigSchema.parse(config);
      mkdirSync(dir, { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, `${JSON.stringify(valid, null, 2)}\n`, { mode: 0o600 });
      renameSync(tmp, path);
      return valid;
    },
  };
}
