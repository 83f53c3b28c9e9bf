import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONFIG_FILE, createConfigStore } from '../src/config-store.js';
import { MOTCUA_BRIDGE_KEY, ShellConfigSchema } from '../src/shellProtocol.js';
import { BRIDGE_KEY } from '../src/channels.js';

const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'motcua-shell-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('shell config store', () => {
  it('first run: no file → missing (the shell shows the pairing page)', () => {
    expect(createConfigStore(tempDir()).load()).toEqual({ state: 'missing' });
  });

  it('keeps a saved config across restarts, normalising the hub address to its origin', () => {
    const dir = tempDir();
    const saved = createConfigStore(dir).save({ hubUrl: 'http://192.0.2.10:8080/kiosk/', role: 'kiosk', deviceToken: 'dev_0123456789' });
    expect(saved.hubUrl).toBe('http://192.0.2.10:8080');
    const again = createConfigStore(dir).load();
    expect(again).toEqual({ state: 'ok', config: { hubUrl: 'http://192.0.2.10:8080', role: 'kiosk', deviceToken: 'dev_0123456789' } });
    expect(statSync(join(dir, CONFIG_FILE)).mode & 0o077).toBe(0);
  });

  it('a broken or invalid file is reported with every problem, not thrown', () => {
    const dir = tempDir();
    writeFileSync(join(dir, CONFIG_FILE), '{ not json');
    const broken = createConfigStore(dir).load();
    expect(broken.state).toBe('invalid');
    writeFileSync(join(dir, CONFIG_FILE), JSON.stringify({ hubUrl: 'ftp://x', role: 'counter-display' }));
    const invalid = createConfigStore(dir).load();
    expect(invalid.state === 'invalid' && invalid.problems.join('\n')).toMatch(/hubUrl[\s\S]*counterId/);
  });

  it('refuses to save an invalid config and leaves the old one', () => {
    const dir = tempDir();
    const store = createConfigStore(dir);
    store.save({ hubUrl: 'http://192.0.2.10', role: 'display' });
    expect(() => store.save({ hubUrl: 'http://192.0.2.10', role: 'counter-display' })).toThrow();
    expect(JSON.parse(readFileSync(store.path, 'utf8'))).toEqual({ hubUrl: 'http://192.0.2.10', role: 'display' });
  });

  it('schema: roles, counter for counter displays, no credentials in the hub address', () => {
    expect(ShellConfigSchema.safeParse({ hubUrl: 'http://h', role: 'counter-display', counterId: 'q3' }).success).toBe(true);
    expect(ShellConfigSchema.safeParse({ hubUrl: 'http://h', role: 'tv' }).success).toBe(false);
    expect(ShellConfigSchema.safeParse({ hubUrl: 'http://u:p@h', role: 'kiosk' }).success).toBe(false);
    expect(BRIDGE_KEY).toBe(MOTCUA_BRIDGE_KEY);
  });
});
