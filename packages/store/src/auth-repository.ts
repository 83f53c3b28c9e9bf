import type { DeviceRole, UserRole } from '@motcua/protocol';
import type { Db } from './db.js';

export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  role: UserRole;
  passwordHash: string;
  active: boolean;
  createdAt: string;
  /** Department or unit, e.g. "Bộ phận một cửa", "Công chức Địa chính – Xây dựng". */
  unit: string | null;
}

export interface DeviceRecord {
  id: string;
  name: string;
  role: DeviceRole;
  createdAt: string;
  revokedAt: string | null;
  printerId: string | null;
}

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: string;
  password_hash: string;
  active: number;
  created_at: string;
  unit: string | null;
}
interface DeviceRow {
  id: string;
  name: string;
  role: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
  printer_id: string | null;
}

const user = (r: UserRow): UserRecord => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role as UserRole,
  passwordHash: r.password_hash,
  active: r.active === 1,
  createdAt: r.created_at,
  unit: r.unit,
});
const device = (r: DeviceRow): DeviceRecord => ({
  id: r.id,
  name: r.name,
  role: r.role as DeviceRole,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
  printerId: r.printer_id,
});

/** Users, login sessions and device tokens. Only hashes of secrets are stored. */
export class AuthRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      insertUser: db.prepare(
        `INSERT INTO users (id, username, display_name, role, password_hash, active, created_at, unit)
         VALUES (@id, @username, @displayName, @role, @passwordHash, @active, @createdAt, @unit)`,
      ),
      userByName: db.prepare<[string], UserRow>(`SELECT * FROM users WHERE username = ?`),
      userById: db.prepare<[string], UserRow>(`SELECT * FROM users WHERE id = ?`),
      users: db.prepare<[], UserRow>(`SELECT * FROM users ORDER BY role, username`),
      insertSession: db.prepare<[string, string, string, string]>(
        `INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)`,
      ),
      session: db.prepare<[string], { user_id: string; expires_at: string }>(
        `SELECT user_id, expires_at FROM sessions WHERE token_hash = ?`,
      ),
      deleteSession: db.prepare<[string]>(`DELETE FROM sessions WHERE token_hash = ?`),
      purgeSessions: db.prepare<[string]>(`DELETE FROM sessions WHERE expires_at < ?`),
      insertDevice: db.prepare(
        `INSERT INTO devices (id, name, role, token_hash, created_at) VALUES (@id, @name, @role, @tokenHash, @createdAt)`,
      ),
      deviceByToken: db.prepare<[string], DeviceRow>(
        `SELECT * FROM devices WHERE token_hash = ? AND revoked_at IS NULL`,
      ),
      devices: db.prepare<[], DeviceRow>(`SELECT * FROM devices ORDER BY created_at`),
      deviceById: db.prepare<[string], DeviceRow>(`SELECT * FROM devices WHERE id = ?`),
      counterPrinter: db.prepare<[string], { printer_id: string }>(`SELECT printer_id FROM counter_printers WHERE counter_id = ?`),
      setCounterPrinter: db.prepare<[string, string]>(
        `INSERT INTO counter_printers (counter_id, printer_id) VALUES (?, ?)
         ON CONFLICT (counter_id) DO UPDATE SET printer_id = excluded.printer_id`,
      ),
      clearCounterPrinter: db.prepare<[string]>(`DELETE FROM counter_printers WHERE counter_id = ?`),
      devicePrinters: db.prepare<[], { id: string; printer_id: string }>(
        `SELECT id, printer_id FROM devices WHERE printer_id IS NOT NULL AND revoked_at IS NULL`,
      ),
      counterPrinters: db.prepare<[], { counter_id: string; printer_id: string }>(`SELECT counter_id, printer_id FROM counter_printers`),
      insertPairing: db.prepare(
        `INSERT INTO pairing_codes (code_hash, name, role, counter_id, printer_id, created_at, expires_at)
         VALUES (@codeHash, @name, @role, @counterId, @printerId, @createdAt, @expiresAt)`,
      ),
      pairing: db.prepare<
        [string],
        { name: string; role: string; counter_id: string | null; printer_id: string | null; expires_at: string; used_at: string | null }
      >(`SELECT * FROM pairing_codes WHERE code_hash = ?`),
      usePairing: db.prepare<[string, string]>(`UPDATE pairing_codes SET used_at = ? WHERE code_hash = ?`),
      setPrinter: db.prepare<[string | null, string]>(`UPDATE devices SET printer_id = ? WHERE id = ?`),
      revokeDevice: db.prepare<[string, string]>(
        `UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL`,
      ),
    };
  }

  addUser(u: UserRecord): void {
    this.s.insertUser.run({ ...u, active: u.active ? 1 : 0 });
  }
  userByUsername(username: string): UserRecord | null {
    const r = this.s.userByName.get(username);
    return r ? user(r) : null;
  }
  userById(id: string): UserRecord | null {
    const r = this.s.userById.get(id);
    return r ? user(r) : null;
  }
  users(): UserRecord[] {
    return this.s.users.all().map(user);
  }
  addSession(tokenHash: string, userId: string, createdAt: string, expiresAt: string): void {
    this.s.insertSession.run(tokenHash, userId, createdAt, expiresAt);
  }
  session(tokenHash: string): { userId: string; expiresAt: string } | null {
    const r = this.s.session.get(tokenHash);
    return r ? { userId: r.user_id, expiresAt: r.expires_at } : null;
  }
  deleteSession(tokenHash: string): void {
    this.s.deleteSession.run(tokenHash);
  }
  purgeExpiredSessions(nowIso: string): void {
    this.s.purgeSessions.run(nowIso);
  }
  addDevice(d: Omit<DeviceRecord, 'revokedAt' | 'printerId'> & { tokenHash: string }): void {
    this.s.insertDevice.run(d);
  }
  deviceById(id: string): DeviceRecord | null {
    const r = this.s.deviceById.get(id);
    return r ? device(r) : null;
  }
  addPairingCode(p: { codeHash: string; name: string; role: string; counterId: string | null; printerId: string | null; createdAt: string; expiresAt: string }): void {
    this.s.insertPairing.run(p);
  }
  /** Marks a valid, unused, unexpired code used and returns it; null otherwise. */
  usePairingCode(codeHash: string, now: string): { name: string; role: string; counterId: string | null; printerId: string | null } | null {
    const r = this.s.pairing.get(codeHash);
    if (!r || r.used_at !== null || r.expires_at <= now) return null;
    this.s.usePairing.run(now, codeHash);
    return { name: r.name, role: r.role, counterId: r.counter_id, printerId: r.printer_id };
  }
  printerAssignments(): { devices: Record<string, string>; counters: Record<string, string> } {
    const devices: Record<string, string> = {};
    for (const r of this.s.devicePrinters.all()) devices[r.id] = r.printer_id;
    const counters: Record<string, string> = {};
    for (const r of this.s.counterPrinters.all()) counters[r.counter_id] = r.printer_id;
    return { devices, counters };
  }
  counterPrinter(counterId: string): string | null {
    return this.s.counterPrinter.get(counterId)?.printer_id ?? null;
  }
  setCounterPrinter(counterId: string, printerId: string | null): void {
    if (printerId === null) this.s.clearCounterPrinter.run(counterId);
    else this.s.setCounterPrinter.run(counterId, printerId);
  }
  setDevicePrinter(id: string, printerId: string | null): boolean {
    return this.s.setPrinter.run(printerId, id).changes > 0;
  }
  deviceByTokenHash(tokenHash: string): DeviceRecord | null {
    const r = this.s.deviceByToken.get(tokenHash);
    return r ? device(r) : null;
  }
  devices(): DeviceRecord[] {
    return this.s.devices.all().map(device);
  }
  revokeDevice(id: string, at: string): boolean {
    return this.s.revokeDevice.run(at, id).changes > 0;
  }
}
