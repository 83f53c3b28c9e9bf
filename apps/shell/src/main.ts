// Electron main process entry (bundled to dist/main.cjs): wiring only. Everything else takes
// Electron's APIs as parameters and is tested with fakes (test/*.test.ts).
import { app, BrowserWindow, ipcMain, powerSaveBlocker, session } from 'electron';
import pino from 'pino';
import { startShell } from './shell.js';

const log = pino({ level: process.env.LOG_LEVEL ?? 'info', base: { category: 'shell' } });
// Before `ready`: the waiting-room voice must start without a tap, also in pages' iframes.
app.commandLine.appendSwitch('autoplay-policy', 'no-user-gesture-required');

startShell({ app, BrowserWindow, ipcMain, powerSaveBlocker, session }, { distDir: __dirname, log }).catch((err: unknown) => {
  log.fatal({ err }, 'shell failed to start');
  app.exit(1);
});
