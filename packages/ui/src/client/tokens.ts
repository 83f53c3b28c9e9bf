import type { LoginResult } from '@motcua/protocol';

export const DEVICE_TOKEN_KEY = 'motcua.deviceToken';
export const SESSION_KEY = 'motcua.session';

/**
 * A kiosk or TV's device token: taken from `?token=` the first time (then kept in
 * localStorage and removed from the address bar), else from localStorage.
 */
export function takeDeviceToken(loc: Location = window.location, storage: Storage = window.localStorage): string | null {
  const url = new URL(loc.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    try {
      storage.setItem(DEVICE_TOKEN_KEY, fromUrl);
    } catch {
      // private mode: the token still works for this page
    }
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  try {
    return storage.getItem(DEVICE_TOKEN_KEY);
  } catch {
    return null;
  }
}

export function forgetDeviceToken(storage: Storage = window.localStorage): void {
  try {
    storage.removeItem(DEVICE_TOKEN_KEY);
  } catch {
    // nothing to forget
  }
}

/** A clerk's or admin's session, kept for the browser tab only. */
export function loadSession(storage: Storage = window.sessionStorage): LoginResult | null {
  try {
    const raw = storage.getItem(SESSION_KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as LoginResult;
    if (typeof s.token !== 'string' || !s.user) return null;
    if (s.expiresAt && Date.parse(s.expiresAt) < Date.now()) return null;
    return s;
  } catch {
    return null;
  }
}

export function saveSession(s: LoginResult, storage: Storage = window.sessionStorage): void {
  try {
    storage.setItem(SESSION_KEY, JSON.stringify(s));
  } catch {
    // the session lives in memory only
  }
}

export function clearSession(storage: Storage = window.sessionStorage): void {
  try {
    storage.removeItem(SESSION_KEY);
  } catch {
    // nothing to clear
  }
}
