import { z } from 'zod';

export const USER_ROLES = ['admin', 'clerk', 'officer'] as const;
export const DEVICE_ROLES = ['kiosk', 'display'] as const;
export type UserRole = (typeof USER_ROLES)[number];
export type DeviceRole = (typeof DEVICE_ROLES)[number];
export type Role = UserRole | DeviceRole;

/** Who sent a command: a logged-in person or a paired device. */
export interface Actor {
  kind: 'user' | 'device';
  id: string;
  role: Role;
  name: string;
}

export const LoginInputSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginInput = z.infer<typeof LoginInputSchema>;

export interface LoginResult {
  token: string;
  expiresAt: string;
  user: { id: string; username: string; displayName: string; role: UserRole };
}

/** Sent in the Socket.io handshake `auth`. */
export const HandshakeSchema = z.object({
  token: z.string().min(10).max(200),
  protocolVersion: z.number().int(),
});
export type Handshake = z.infer<typeof HandshakeSchema>;
