import { checkVoiceManifest } from '@motcua/core';
import type { VoiceManifest } from '@motcua/core';

/**
 * The folder of a voice set as the page sees it: `voiceSetUrl('/tv/', 'default')` →
 * `/tv/voice/default/` (sets live in apps/display/public/voice/<set-name>/).
 */
export function voiceSetUrl(appBase: string, setName: string): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(setName)) throw new RangeError(`voice set name must be a slug: ${setName}`);
  const base = appBase.endsWith('/') ? appBase : `${appBase}/`;
  return `${base}voice/${setName}/`;
}

/** [V12] Fetches a set's manifest.json and checks it is complete; throws naming what is missing. */
export async function loadVoiceManifest(
  setUrl: string,
  fetchJson: (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }> = (url) =>
    globalThis.fetch(url),
): Promise<VoiceManifest> {
  const url = `${setUrl.endsWith('/') ? setUrl : `${setUrl}/`}manifest.json`;
  const response = await fetchJson(url);
  if (!response.ok) throw new Error(`voice manifest: HTTP ${response.status} for ${url}`);
  const check = checkVoiceManifest(await response.json());
  if (!check.ok) {
    throw new Error(
      `voice set at ${setUrl} is incomplete: missing [${check.missing.join(', ')}], invalid [${check.invalid.join(', ')}]`,
    );
  }
  return check.manifest;
}
