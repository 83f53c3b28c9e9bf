// `npm start`: build what is stale, then run the hub with its production environment,
// passing signals on and exiting with its code.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { hubEnv } from './hub-env.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const hub = spawn(process.execPath, ['apps/hub/dist/main.js'], { cwd: root, stdio: 'inherit', env: hubEnv() });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => hub.kill(signal));
hub.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
