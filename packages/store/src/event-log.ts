import type { Actor } from '@motcua/protocol';
import type { Db } from './db.js';

/** The append-only event log, for events outside the queue aggregate (dossiers). */
export class EventLog {
  private readonly insert;

  constructor(db: Db) {
    this.insert = db.prepare<[string, string, string, string, string, string]>(
      `INSERT INTO events (at, type, actor_kind, actor_id, actor_role, payload) VALUES (?, ?, ?, ?, ?, ?)`,
    );
  }

  append(at: string, type: string, actor: Actor, payload: unknown): number {
    return Number(this.insert.run(at, type, actor.kind, actor.id, actor.role, JSON.stringify(payload)).lastInsertRowid);
  }
}
