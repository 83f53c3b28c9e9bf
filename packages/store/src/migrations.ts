import type Database from 'better-sqlite3';

/** Forward-only, numbered. Never edit a released migration: add the next one. */
export const MIGRATIONS: readonly string[] = [
  /* 1: queue */ `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE services (
    id TEXT PRIMARY KEY, prefix TEXT NOT NULL, name TEXT NOT NULL, field TEXT,
    number_start INTEGER NOT NULL, number_width INTEGER NOT NULL, priority_policy TEXT NOT NULL,
    daily_cap INTEGER, active INTEGER NOT NULL, sort_order INTEGER NOT NULL
  );
  CREATE TABLE counters (
    id TEXT PRIMARY KEY, number INTEGER NOT NULL UNIQUE, name TEXT NOT NULL, services TEXT NOT NULL,
    status TEXT NOT NULL, clerk_id TEXT, clerk_name TEXT, current_ticket_id TEXT, pause_reason TEXT
  );
  CREATE TABLE tickets (
    id TEXT PRIMARY KEY, business_day TEXT NOT NULL, service_id TEXT NOT NULL, number INTEGER NOT NULL,
    label TEXT NOT NULL, priority TEXT, status TEXT NOT NULL, issued_at TEXT NOT NULL, queued_at TEXT NOT NULL,
    waiting_since TEXT NOT NULL, called_at TEXT, started_at TEXT, finished_at TEXT, counter_id TEXT,
    target_counter_id TEXT, call_count INTEGER NOT NULL, transfer_count INTEGER NOT NULL, issued_by TEXT NOT NULL,
    wait_ms INTEGER NOT NULL, walk_ms INTEGER NOT NULL, service_ms INTEGER NOT NULL,
    UNIQUE (business_day, label)
  );
  CREATE INDEX tickets_day_status ON tickets (business_day, status);
  CREATE TABLE day_numbers (
    business_day TEXT NOT NULL, prefix TEXT NOT NULL, last_number INTEGER NOT NULL,
    PRIMARY KEY (business_day, prefix)
  );
  CREATE TABLE events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, type TEXT NOT NULL,
    actor_kind TEXT NOT NULL, actor_id TEXT NOT NULL, actor_role TEXT NOT NULL, payload TEXT NOT NULL
  );
  CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
  CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
  CREATE TABLE users (
    id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, role TEXT NOT NULL,
    password_hash TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL
  );
  CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users (id), created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
  );
  CREATE TABLE devices (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL, revoked_at TEXT, printer_id TEXT
  );
  CREATE TABLE printers (
    id TEXT PRIMARY KEY, profile TEXT NOT NULL, health TEXT NOT NULL DEFAULT 'unknown', code TEXT,
    message TEXT, checked_at TEXT
  );
  CREATE TABLE print_jobs (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, ticket_id TEXT, label TEXT, printer_id TEXT NOT NULL,
    device_id TEXT, document TEXT NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
    error_code TEXT, error_message TEXT, warnings TEXT NOT NULL DEFAULT '[]', created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL, printed_at TEXT
  );
  CREATE INDEX print_jobs_state ON print_jobs (state);
  `,
  /* 2: procedures, working-day calendar, dossiers */ `
  CREATE TABLE procedures (
    code TEXT PRIMARY KEY, name TEXT NOT NULL, field TEXT NOT NULL, folded TEXT NOT NULL,
    data TEXT NOT NULL, active INTEGER NOT NULL, updated_at TEXT NOT NULL
  );
  CREATE INDEX procedures_field ON procedures (field);
  CREATE TABLE calendar_years (
    year INTEGER PRIMARY KEY, data TEXT NOT NULL, confirmed INTEGER NOT NULL, updated_at TEXT NOT NULL
  );
  CREATE TABLE dossier_days (office_day TEXT PRIMARY KEY, last_seq INTEGER NOT NULL);
  CREATE TABLE dossiers (
    code TEXT PRIMARY KEY, office_day TEXT NOT NULL, seq INTEGER NOT NULL, procedure_code TEXT NOT NULL,
    field TEXT NOT NULL, status INTEGER NOT NULL, received_at TEXT NOT NULL, due_at TEXT NOT NULL,
    result_at TEXT, holder_id TEXT NOT NULL, phone_last4 TEXT NOT NULL, id_last4 TEXT NOT NULL,
    data TEXT NOT NULL, updated_at TEXT NOT NULL,
    UNIQUE (office_day, seq)
  );
  CREATE INDEX dossiers_status ON dossiers (status, due_at);
  CREATE INDEX dossiers_holder ON dossiers (holder_id, status);
  CREATE TABLE counter_printers (counter_id TEXT PRIMARY KEY, printer_id TEXT NOT NULL);
  ALTER TABLE users ADD COLUMN unit TEXT;
  ALTER TABLE printers ADD COLUMN host_device_id TEXT;
  CREATE TABLE pairing_codes (
    code_hash TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, counter_id TEXT, printer_id TEXT,
    created_at TEXT NOT NULL, expires_at TEXT NOT NULL, used_at TEXT
  );
  `,
];

export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
