// Loads packages/core/src/speech (TypeScript) in plain Node by bundling it in memory with
// esbuild, so the scripts and the app share one list of clips and one text per clip.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('../../../packages/core/src/speech/index.ts', import.meta.url));

/** @returns {Promise<typeof import('../../../packages/core/src/speech/index.ts')>} */
export async function loadSpeech() {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
