import type { App, Session, WebContents } from 'electron';

export interface SecurityPolicy {
  /** Returns whether a URL may be shown: the hub's own pages or the shell's local pairing page. */
  allowed(url: string): boolean;
}

/** Permissions a page may get. Everything else (camera, geolocation, notifications, HID, USB, serial…) is refused. */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['fullscreen', 'clipboard-sanitized-write']);

/**
 * The allow-list: same origin as the hub (any path) and the exact local pairing file.
 * `hubOrigin` is read on every check, so pairing with a new hub takes effect at once.
 */
export function navigationPolicy(hubOrigin: () => string | null, localPages: readonly string[]): SecurityPolicy {
  return {
    allowed(url) {
      let u: URL;
      try {
        u = new URL(url);
      } catch {
        return false;
      }
      if (u.protocol === 'file:') {
        const withoutQuery = `${u.protocol}//${u.host}${u.pathname}`;
        return localPages.some((p) => new URL(p).toString() === withoutQuery);
      }
      const origin = hubOrigin();
      return origin !== null && (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === origin;
    },
  };
}

type EventLike = { preventDefault(): void };

/** Hardens one WebContents: navigation and redirects only within the policy, no new windows, no webviews. */
export function hardenContents(contents: WebContents, policy: SecurityPolicy, onDenied: (what: string, url: string) => void = () => {}): void {
  const guard =
    (what: string) =>
    (event: EventLike, url: string): void => {
      if (!policy.allowed(url)) {
        event.preventDefault();
        onDenied(what, url);
      }
    };
  contents.on('will-navigate', guard('navigation'));
  contents.on('will-redirect', guard('redirect'));
  contents.on('will-frame-navigate', (event) => {
    if (!policy.allowed(event.url)) {
      event.preventDefault();
      onDenied('frame navigation', event.url);
    }
  });
  contents.setWindowOpenHandler(({ url }) => {
    onDenied('window.open', url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    onDenied('webview', '');
  });
}

/** Permission requests and checks: only ALLOWED_PERMISSIONS, only from allowed pages. */
export function hardenSession(session: Session, policy: SecurityPolicy, onDenied: (what: string, url: string) => void = () => {}): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    const url = details.requestingUrl ?? contents.getURL();
    const ok = ALLOWED_PERMISSIONS.has(permission) && policy.allowed(url);
    if (!ok) onDenied(`permission ${permission}`, url);
    callback(ok);
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => ALLOWED_PERMISSIONS.has(permission) && policy.allowed(requestingOrigin));
}

/** Applies the hardening to every WebContents the app ever creates. */
export function applySecurity(
  deps: { app: Pick<App, 'on'>; session: { defaultSession: Session } },
  policy: SecurityPolicy,
  onDenied?: (what: string, url: string) => void,
): void {
  hardenSession(deps.session.defaultSession, policy, onDenied);
  deps.app.on('web-contents-created', (_event, contents) => hardenContents(contents, policy, onDenied));
}
