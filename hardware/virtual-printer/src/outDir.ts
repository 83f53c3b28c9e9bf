import { mkdir, readdir } from 'node:fs/promises';

/** Creates `dir` if needed and returns the first job number not used by `<n>.png`/`<n>.json` in it. */
export async function nextJobNumber(dir: string): Promise<number> {
  await mkdir(dir, { recursive: true });
  let max = 0;
  for (const name of await readdir(dir)) {
    const m = /^(\d+)\.(png|json)$/.exec(name);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}
