import { useState } from 'react';
import type { LoginResult } from '@motcua/protocol';
import { BigButton, ConnectionIndicator, FullMessage, t, useHub } from '@motcua/ui';
import { ServicesTab } from './ServicesTab.js';
import { CountersTab } from './CountersTab.js';
import { DevicesTab } from './DevicesTab.js';
import { UsersTab } from './UsersTab.js';
import { PrintersTab } from './PrintersTab.js';
import { CalendarTab } from './CalendarTab.js';
import { ProceduresTab } from './ProceduresTab.js';
import { StatsTab } from './StatsTab.js';
import { DisplayTab } from './DisplayTab.js';

// Tab names: the first four are in packages/ui's strings; the rest are here until they move there.
const TABS = [
  ['services', t('admin.tab.services')],
  ['counters', t('admin.tab.counters')],
  ['procedures', 'Thủ tục'],
  ['calendar', 'Lịch làm việc'],
  ['printers', 'Máy in'],
  ['display', 'Màn hình TV'],
  ['devices', t('admin.tab.devices')],
  ['users', t('admin.tab.users')],
  ['stats', 'Thống kê'],
] as const;
type Tab = (typeof TABS)[number][0];

const initialTab = (): Tab => {
  const h = window.location.hash.replace('#', '');
  return (TABS.find(([id]) => id === h)?.[0] ?? 'services') as Tab;
};

export function AdminApp({ session, onLogout }: { session: LoginResult; onLogout: () => void }) {
  const { status, snapshot } = useHub();
  const [tab, setTabState] = useState<Tab>(initialTab);
  const setTab = (x: Tab) => {
    setTabState(x);
    window.history.replaceState(null, '', `#${x}`);
  };
  if (!snapshot) return <FullMessage title={t('conn.connecting')} />;
  const failed = snapshot.failedPrintJobs?.length ?? 0;
  const printerTrouble = (snapshot.printers ?? []).some((p) => p.health === 'error');
  return (
    <div className="admin">
      <header className="admin-bar">
        <div className="admin-title">
          <strong>{t('app.admin')}</strong>
          <span>{snapshot.office.name}</span>
        </div>
        <nav className="admin-tabs" role="tablist">
          {TABS.map(([id, label]) => (
            <button
              key={id}
              type="button"
              role="tab"
              data-tab={id}
              aria-selected={tab === id}
              className={tab === id ? 'is-active' : undefined}
              onClick={() => setTab(id)}
            >
              {label}
              {id === 'printers' && (failed > 0 || printerTrouble) ? (
                <span className="admin-tab-alert" aria-label={`${failed} lệnh in lỗi`}>
                  {failed > 0 ? failed : '!'}
                </span>
              ) : null}
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
        {tab === 'printers' ? <PrintersTab token={session.token} /> : null}
        {tab === 'calendar' ? <CalendarTab token={session.token} /> : null}
        {tab === 'procedures' ? <ProceduresTab token={session.token} /> : null}
        {tab === 'stats' ? <StatsTab token={session.token} /> : null}
        {tab === 'display' ? <DisplayTab token={session.token} /> : null}
      </main>
      <ConnectionIndicator status={status} />
    </div>
  );
}
