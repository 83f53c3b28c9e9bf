import { createRoot } from 'react-dom/client';
import { SessionRoot, t } from '@motcua/ui';
import '@motcua/ui/base.css';
import './admin.css';
import { AdminApp } from './AdminApp.js';

createRoot(document.getElementById('root')!).render(
  <SessionRoot roles={['admin']} title={`${t('app.admin')} — ${t('login.title')}`}>
    {(api) => <AdminApp session={api.session} onLogout={api.logout} />}
  </SessionRoot>,
);
