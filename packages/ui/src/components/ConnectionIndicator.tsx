import type { ConnectionStatus } from '../client/hubClient.js';
import { t } from '../i18n/t.js';

/**
 * A discreet corner badge while the hub is unreachable; nothing when online.
 * The screen under it keeps showing the last known state.
 */
export function ConnectionIndicator({ status }: { status: ConnectionStatus }) {
  if (status === 'online') return null;
  return (
    <div className="mc-conn" role="status" aria-live="polite" data-status={status}>
      <span className="mc-conn-dot" aria-hidden="true" />
      {status === 'offline' ? t('conn.offline') : t('conn.connecting')}
    </div>
  );
}
