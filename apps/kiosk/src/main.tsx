import { createRoot } from 'react-dom/client';
import { createHubClient, FullMessage, HubProvider, t, takeDeviceToken } from '@motcua/ui';
import '@motcua/ui/base.css';
import './kiosk.css';
import './lookup.css';
import { KioskApp } from './KioskApp.js';

// One hub connection for the page's whole life (a kiosk runs all day without reloads).
const token = takeDeviceToken();
const root = createRoot(document.getElementById('root')!);
root.render(
  token ? (
    <HubProvider client={createHubClient({ token })}>
      <KioskApp />
    </HubProvider>
  ) : (
    <FullMessage title={t('device.noToken')} />
  ),
);
