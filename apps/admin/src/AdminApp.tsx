import { useState } from 'react';
import type { LoginResult } from '@motcua/protocol';
import { BigButton, ConnectionIndicator, FullMessage, t, useHub, type MessageKey } from '@motcua/ui';
import { ServicesTab } from './ServicesTab.js';
import { CountersTab } from './CountersTab.js';
import { DevicesTab } from './DevicesTab.js';
import { UsersTab } from './UsersTab.js';

const TABS = ['services', 'counters', 'devices', 'users'] as const;
type Tab = (typeof TABS)[number];

export function AdminApp({ session, onLogout }: { session: LoginResult; onLogout: () => void }) {
  const { status, snapshot } = useHub();
  const [tab, setTab] = useState<Tab>('services');
  if (!snapshot) return <FullMessage title={t('conn.connecting')} />;
  return (
    <div className="admin">
      <header className="admin-bar">
        <div className="admin-title">
          <strong>{t('app.admin')}</strong>
          <span>{snapshot.office.name}</span>
        </div>
        <nav className="admin-tabs" role="tablist">
          {TABS.map((x) => (
            <button
              key={x}
              type="button"
              role="tab"
              aria-selected={tab === x}
              className={tab === x ? 'is-active' : undefined}
              onClick={() => setTab(x)}
            >
              {t(`admin.tab.${x}` as MessageKey)}
            </button>
          ))}
        </nav>
        <span className="admin-user">{session.user.displayName}</span>
        <BigButton tone="quiet" onClick={onLogout}>
          {t('logout')}
        </BigButton>
      </header>
      <main className="admin-main">
        {tab === 'services' ? <ServicesTab snapshot={snapshot} /> : null}
        {tab === 'counters' ? <CountersTab snapshot={snapshot} /> : null}
        {tab === 'devices' ? <DevicesTab token={session.token} /> : null}
        {tab === 'users' ? <UsersTab token={session.token} /> : null}
      </main>
      <ConnectionIndicator status={status} />
    </div>
  );
}
