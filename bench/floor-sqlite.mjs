// Floor: a bare better-sqlite3 loop of one-row transactions with the hub's production pragmas
// (WAL, synchronous=FULL, foreign_keys=ON) on a temporary file in the same folder as the hub's.
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { childMain } from './lib/children.mjs';
import { productionPragmas } from './lib/pragmas.mjs';
import { summary, round } from './lib/stats.mjs';

childMain(async ({ dir, seconds, rowBytes }) => {
  const file = join(dir, `floor-${process.pid}.sqlite`);
  const db = new Database(file);
  const { pragmas, source } = productionPragmas('FULL');
  for (const p of pragmas) db.pragma(p);
  const check = {
    journal_mode: db.pragma('journal_mode', { simple: true }),
    synchronous: db.pragma('synchronous', { simple: true }),
    foreign_keys: db.pragma('foreign_keys', { simple: true }),
  };
  if (check.journal_mode !== 'wal' || check.synchronous !== 2 || check.foreign_keys !== 1) {
    throw new Error(`pragmas not applied: ${JSON.stringify(check)}`);
  }
  db.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, at TEXT NOT NULL, payload TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO rows (at, payload) VALUES (?, ?)');
  const commitOne = db.transaction((at, payload) => insert.run(at, payload));
  const payload = 'x'.repeat(rowBytes);
  for (let i = 0; i < 20; i++) commitOne(new Date().toISOString(), payload); // warm-up
  const lat = [];
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  let t = t0;
  while (t < end) {
    const s = performance.now();
    commitOne(new Date().toISOString(), payload);
    t = performance.now();
    lat.push(t - s);
  }
  db.close();
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  return {
    tps: round(lat.length / ((t - t0) / 1000), 1),
    commits: lat.length,
    commitMs: summary(lat),
    pragmas,
    pragmaSource: source,
    check,
  };
});
