import { createRoot } from 'react-dom/client';
import { SessionRoot, t } from '@motcua/ui';
import '@motcua/ui/base.css';
import './desk.css';
import './dossier/dossier.css';
import { DeskApp } from './DeskApp.js';

createRoot(document.getElementById('root')!).render(
  <SessionRoot roles={['clerk', 'officer', 'admin']} title={`${t('app.desk')} — ${t('login.title')}`}>
    {(api) => <DeskApp session={api.session} onLogout={api.logout} />}
  </SessionRoot>,
);
