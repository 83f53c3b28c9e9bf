import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { sendJob } from './tcpClient.js';

const CLI = fileURLToPath(new URL('../bin/virtual-printer.mjs', import.meta.url));
let dir: string | null = null;

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

it('the CLI (bundled on the fly) listens, prints a job into --out and stops on SIGTERM', async () => {
  dir = mkdtempSync(join(tmpdir(), 'motcua-vp-cli-'));
  const child = spawn(process.execPath, [CLI, '--port', '0', '--out', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const m = /virtual printer on 127\.0\.0\.1:(\d+)/.exec(output);
        if (m) resolve(Number(m[1]));
      });
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      void exited.then(() => reject(new Error(`CLI exited early: ${output}`)));
    });
    await sendJob(port, Uint8Array.from([0x1b, 0x40, 0x41, 0x0a]));
    await new Promise<void>((resolve) => {
      const check = (): void => (/job 1 printed/.test(output) ? resolve() : void setTimeout(check, 20));
      check();
    });
    expect(existsSync(join(dir, '1.png'))).toBe(true);
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
});
