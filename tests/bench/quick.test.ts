import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../support/chromium.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The metrics issue 8 names for bench/results.json. */
const REQUIRED = [
  'call_to_tv_p50_ms',
  'call_to_tv_p99_ms',
  'tv_broadcast_floor_p99_ms',
  'issue_p99_ms',
  'issue_tps',
  'sqlite_floor_tps',
  'fanout_1000_p99_ms',
  'fanout_1000_floor_p99_ms',
  'hub_rss_mb_1000_clients',
  'tv_heap_growth_mb',
  'print_p99_ms',
  'duplicate_numbers',
  'double_calls',
] as const;

interface Metric {
  value: number | null;
  unit: string;
  floor: number | null;
  ratio: number | null;
}

// Speed is judged by `npm run bench` itself, never here: this only keeps the harness working at
// every commit — every scenario runs against a real hub and writes the file the issue asks for.
describe.skipIf(!chromiumPath())('npm run bench -- --quick (the harness, not the figures)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-bench-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs every scenario and floor and writes results.json with the issue’s metrics; no duplicate or double call', async () => {
    const out = join(dir, 'results.json');
    const run = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(process.execPath, ['bench/run.mjs', '--quick', `--out=${out}`], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      child.on('exit', (code) => resolve({ code, output }));
    });
    expect(run.code, run.output.slice(-3000)).toBe(0);

    const results = JSON.parse(readFileSync(out, 'utf8')) as {
      metrics: Record<string, Metric>;
      meta: { mode: string; errors: Record<string, string> };
    };
    expect(results.meta.mode).toBe('quick');
    expect(results.meta.errors).toEqual({});
    for (const name of REQUIRED) {
      const m = results.metrics[name];
      expect(m, name).toBeDefined();
      expect(typeof m!.value, `${name} was measured`).toBe('number');
      expect(m!.unit, name).not.toBe('');
      // a ratio is the value over the floor measured in the same run
      if (m!.floor) expect(m!.ratio, name).toBeCloseTo(m!.value! / m!.floor, 1);
    }
    expect(results.metrics.duplicate_numbers!.value).toBe(0);
    expect(results.metrics.double_calls!.value).toBe(0);
    // the run went through a real hub and a real printer: tickets were acknowledged and printed
    expect(results.metrics.issue_tps!.value).toBeGreaterThan(0);
    expect(results.metrics.print_p99_ms!.value).toBeGreaterThan(0);
  }, 600_000);
});
