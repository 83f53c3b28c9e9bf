import { describe, expect, it } from 'vitest';
import { REQUIRED_CLIPS } from './clips.js';
import type { ClipId } from './clips.js';
import { checkVoiceManifest, phrasesDurationMs } from './voiceManifest.js';

const complete = (): Record<string, { file: string; durationMs: number }> =>
  Object.fromEntries(REQUIRED_CLIPS.map((id, i) => [id, { file: `${id}.wav`, durationMs: 100 + i }]));

describe('voice manifest', () => {
  it('[V12] a complete manifest is accepted and keeps only file and duration', () => {
    const json = complete();
    (json['chime'] as Record<string, unknown>)['note'] = 'extra field';
    const check = checkVoiceManifest(json);
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.manifest.chime).toEqual({ file: 'chime.wav', durationMs: 100 });
  });

  it('[V12] names every missing clip, and every unknown id or bad entry', () => {
    const json = complete();
    delete json['lam'];
    delete json['letter-z'];
    json['nhăm'] = { file: 'nham.wav', durationMs: 10 };
    json['tu'] = { file: '../../etc/passwd', durationMs: 10 };
    json['tam'] = { file: 'tam.wav', durationMs: 0 };
    const check = checkVoiceManifest(json);
    expect(check).toEqual({ ok: false, missing: ['lam', 'letter-z'], invalid: ['tam', 'tu', 'nhăm'] });
  });

  it('[V12] refuses what is not an object', () => {
    for (const bad of [null, [], 'x', 3]) expect(checkVoiceManifest(bad).ok).toBe(false);
  });

  it('sums the durations of a phrase', () => {
    const check = checkVoiceManifest(complete());
    if (!check.ok) throw new Error('expected a complete manifest');
    const clips: ClipId[] = ['chime', 'chime', 'xin-moi-cong-dan-co-so-thu-tu'];
    expect(phrasesDurationMs(clips, check.manifest)).toBe(100 + 100 + 101);
  });
});
