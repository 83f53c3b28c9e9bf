import { createRoot } from 'react-dom/client';
import { createHubClient, FullMessage, HubProvider, t, takeDeviceToken } from '@motcua/ui';
import '@motcua/ui/base.css';
import './display.css';
import { DisplayApp } from './DisplayApp.js';
import { readProfile } from './profile.js';

// One hub connection for the page's whole life: a TV runs for weeks without a reload.
const token = takeDeviceToken();
const profile = readProfile(new URL(window.location.href));
createRoot(document.getElementById('root')!).render(
  token ? (
    <HubProvider client={createHubClient({ token })}>
      <DisplayApp profile={profile} />
    </HubProvider>
  ) : (
    <FullMessage title={t('device.noToken')} />
  ),
);
