import { createRoot } from 'react-dom/client';
import { createHubClient, FullMessage, HubProvider, t, takeDeviceToken } from '@motcua/ui';
import '@motcua/ui/base.css';
import './display.css';
import { DisplayApp } from './DisplayApp.js';
import { readScreenOptions } from './profile.js';
import { ScreenErrorBoundary } from './ScreenErrorBoundary.js';

// One hub connection for the page's whole life: a TV runs for weeks without a reload.
const token = takeDeviceToken();
const options = readScreenOptions(new URL(window.location.href));
createRoot(document.getElementById('root')!).render(
  token ? (
    <ScreenErrorBoundary>
      <HubProvider client={createHubClient({ token })}>
        <DisplayApp options={options} />
      </HubProvider>
    </ScreenErrorBoundary>
  ) : (
    <FullMessage title={t('device.noToken')} />
  ),
);
