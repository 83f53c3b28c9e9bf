import { randomUUID } from 'node:crypto';
import type { Actor, ApiError, DeviceRole, LoginResult, UserRole } from '@motcua/protocol';
import type { AuthRepository, DeviceRecord, UserRecord } from '@motcua/store';
import type { Clock } from '../clock.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { hashToken, newToken } from './tokens.js';

const MAX_FAILURES = 5;
const FAILURE_WINDOW_MS = 5 * 60_000;
/** Checked against when the username is unknown, so both paths cost one scrypt. */
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export class AuthService {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly repo: AuthRepository,
    private readonly clock: Clock,
    private readonly sessionHours: number,
  ) {}

  async login(username: string, password: string, from: string): Promise<LoginResult | ApiError> {
    const key = `${from}|${username.toLowerCase()}`;
    const now = this.clock.now();
    const recent = (this.failures.get(key) ?? []).filter((t) => now - t < FAILURE_WINDOW_MS);
    if (recent.length >= MAX_FAILURES) {
      return { code: 'RATE_LIMITED', message: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 5 phút.' };
    }
    const user = this.repo.userByUsername(username);
    const good = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !good || !user.active) {
      recent.push(now);
      this.failures.set(key, recent);
      return { code: 'UNAUTHENTICATED', message: 'Sai tên đăng nhập hoặc mật khẩu.' };
    }
    this.failures.delete(key);
    const token = newToken('ses');
    const expiresAt = new Date(now + this.sessionHours * 3_600_000).toISOString();
    this.repo.purgeExpiredSessions(new Date(now).toISOString());
    this.repo.addSession(hashToken(token), user.id, new Date(now).toISOString(), expiresAt);
    return {
      token,
      expiresAt,
      user: { id: user.id, username: user.username, displayName: user.displayName, role: user.role },
    };
  }

  logout(token: string): void {
    this.repo.deleteSession(hashToken(token));
  }

  /** The actor behind a session or device token, or null (unknown, expired or revoked). */
  resolve(token: string | undefined): Actor | null {
    if (!token || token.length > 200) return null;
    const h = hashToken(token);
    if (token.startsWith('ses_')) {
      const s = this.repo.session(h);
      if (!s || Date.parse(s.expiresAt) <= this.clock.now()) return null;
      const u = this.repo.userById(s.userId);
      return u && u.active ? { kind: 'user', id: u.id, role: u.role, name: u.displayName } : null;
    }
    if (token.startsWith('dev_')) {
      const d = this.repo.deviceByTokenHash(h);
      return d ? { kind: 'device', id: d.id, role: d.role, name: d.name } : null;
    }
    return null;
  }

  async createUser(input: {
    username: string;
    displayName: string;
    role: UserRole;
    password: string;
    unit?: string | null;
  }): Promise<UserRecord | ApiError> {
    if (this.repo.userByUsername(input.username)) {
      return { code: 'CONFLICT', message: `Tên đăng nhập "${input.username}" đã có.` };
    }
    const user: UserRecord = {
      id: `u-${randomUUID()}`,
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      passwordHash: await hashPassword(input.password),
      active: true,
      createdAt: new Date(this.clock.now()).toISOString(),
      unit: input.unit ?? null,
    };
    this.repo.addUser(user);
    return user;
  }

  createDevice(input: { name: string; role: DeviceRole }): { device: DeviceRecord; token: string } {
    const token = newToken('dev');
    const device: DeviceRecord = {
      id: `d-${randomUUID()}`,
      name: input.name,
      role: input.role,
      createdAt: new Date(this.clock.now()).toISOString(),
      revokedAt: null,
      printerId: null,
    };
    this.repo.addDevice({ ...device, tokenHash: hashToken(token) });
    return { device, token };
  }

  listUsers(): UserRecord[] {
    return this.repo.users();
  }

  user(id: string): UserRecord | null {
    return this.repo.userById(id);
  }

  assignCounterPrinter(counterId: string, printerId: string | null): void {
    this.repo.setCounterPrinter(counterId, printerId);
  }

  assignPrinter(deviceId: string, printerId: string | null): boolean {
    return this.repo.setDevicePrinter(deviceId, printerId);
  }

  listDevices(): DeviceRecord[] {
    return this.repo.devices();
  }

  revokeDevice(id: string): boolean {
    return this.repo.revokeDevice(id, new Date(this.clock.now()).toISOString());
  }
}
