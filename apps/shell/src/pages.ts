import type { ShellConfig, ShellRole } from './shellProtocol.js';

/** The hub page each role shows. */
export const ROLE_PAGES: Record<ShellRole, string> = {
  kiosk: '/kiosk/',
  display: '/tv/',
  desk: '/desk/',
  'counter-display': '/tv/',
};

/**
 * The URL the shell opens for a configuration: the role's page on the hub, with the counter for
 * a counter display and the device token on the first load (pages keep it and drop it from the URL).
 */
export function pageUrl(config: ShellConfig): string {
  const url = new URL(ROLE_PAGES[config.role], config.hubUrl);
  if (config.role === 'counter-display' && config.counterId) url.searchParams.set('counter', config.counterId);
  if (config.deviceToken) url.searchParams.set('token', config.deviceToken);
  return url.toString();
}
