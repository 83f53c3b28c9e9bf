import { useEffect } from 'react';
import type { ApiError } from '@motcua/protocol';
import { t } from '../i18n/t.js';
import type { MessageKey } from '../i18n/strings.js';
import { FullMessage } from './FullMessage.js';

/**
 * The hub refused this page. An outdated page (the hub was upgraded) reloads itself after a
 * minute, so an unattended kiosk or TV comes back on its own.
 */
export function RefusedScreen({ error, onReset }: { error: ApiError; onReset?: () => void }) {
  useEffect(() => {
    if (error.code !== 'PROTOCOL_MISMATCH') return;
    const id = setTimeout(() => window.location.reload(), 60_000);
    return () => clearTimeout(id);
  }, [error.code]);
  const key = `conn.refused.${error.code}` as MessageKey;
  const title = key === 'conn.refused.UNAUTHENTICATED' || key === 'conn.refused.FORBIDDEN' || key === 'conn.refused.PROTOCOL_MISMATCH' ? t(key) : error.message;
  return (
    <FullMessage title={title}>
      <span style={{ fontSize: '0.75em' }}>{error.message}</span>
      {onReset ? (
        <button type="button" className="mc-btn mc-btn-secondary mc-btn-desk" onClick={onReset}>
          {t('common.retry')}
        </button>
      ) : null}
    </FullMessage>
  );
}
