import Database from 'better-sqlite3';
import { migrate } from './migrations.js';

export type Db = Database.Database;

export interface OpenOptions {
  /** `synchronous=FULL` survives power loss (offices lose power); NORMAL survives only a process crash. */
  synchronous?: 'FULL' | 'NORMAL';
}

/** Opens (creating and migrating) the office database. `:memory:` for throwaway tests. */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const db = new Database(path);
  applyPragmas(db, options);
  migrate(db);
  return db;
}

/** The production pragmas, shared with the benchmark's bare SQLite floor. */
export function applyPragmas(db: Db, options: OpenOptions = {}): void {
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}
