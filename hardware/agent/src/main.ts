// Standalone device agent, for machines that run Chromium in kiosk mode instead of the shell.
// Bundled to hardware/agent/dist/motcua-agent.mjs by scripts/shell/build.mjs; started by bin/motcua-agent.mjs.
import pino from 'pino';
import { createAgent } from './createAgent.js';
import { AgentEnvError, loadAgentEnv, maskToken, scannerSources } from './env.js';

let env;
try {
  env = loadAgentEnv(process.env);
} catch (e) {
  if (!(e instanceof AgentEnvError)) throw e;
  process.stderr.write(`${e.message}\n`);
  process.exit(2);
}
const log = pino({ level: env.logLevel, base: { category: 'agent' } });
log.info(
  {
    hubUrl: env.hubUrl,
    token: maskToken(env.deviceToken),
    scanners: env.scanners,
    printers: env.printers.map((p) => ({ id: p.id, transport: p.transport })),
  },
  'motcua-agent starting',
);
const agent = createAgent({
  hubUrl: env.hubUrl,
  deviceToken: env.deviceToken,
  scanners: scannerSources(env.scanners),
  printers: env.printers,
  log,
});
agent.onScan((scan) => log.info({ source: scan.source, code: scan.code, symbology: scan.symbology }, 'scan'));
agent.start();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log.info({ signal }, 'motcua-agent stopping');
    void agent.stop().then(() => process.exit(0));
  });
}
