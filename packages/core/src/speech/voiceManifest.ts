import { REQUIRED_CLIPS, isClipId } from './clips.js';
import type { ClipId } from './clips.js';

/** One clip of a voice set: its file (relative to the set's folder) and its length. */
export interface ClipEntry {
  file: string;
  durationMs: number;
}

/** A voice set's `manifest.json`: every required clip id → its file and duration. [V12] */
export type VoiceManifest = Readonly<Record<ClipId, ClipEntry>>;

export type ManifestCheck =
  | { ok: true; manifest: VoiceManifest }
  | { ok: false; missing: ClipId[]; invalid: string[] };

const SAFE_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function isEntry(value: unknown): value is ClipEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { file, durationMs } = value as Record<string, unknown>;
  return (
    typeof file === 'string' &&
    SAFE_FILE.test(file) &&
    typeof durationMs === 'number' &&
    Number.isFinite(durationMs) &&
    durationMs > 0
  );
}

/**
 * [V12] Checks a parsed `manifest.json`: every required clip present with a plain file name
 * (no folders, no `..`) and a positive duration. Unknown extra ids are reported as invalid.
 */
export function checkVoiceManifest(json: unknown): ManifestCheck {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, missing: [...REQUIRED_CLIPS], invalid: ['(not an object)'] };
  }
  const record = json as Record<string, unknown>;
  const missing = REQUIRED_CLIPS.filter((id) => !Object.prototype.hasOwnProperty.call(record, id));
  const invalid = Object.keys(record).filter((key) => !isClipId(key) || !isEntry(record[key]));
  if (missing.length > 0 || invalid.length > 0) return { ok: false, missing, invalid };
  const manifest = Object.fromEntries(
    REQUIRED_CLIPS.map((id) => {
      const entry = record[id] as ClipEntry;
      return [id, { file: entry.file, durationMs: entry.durationMs }];
    }),
  ) as Record<ClipId, ClipEntry>;
  return { ok: true, manifest };
}

/** The sum of the clips' durations, in ms, as the manifest states them. */
export function phrasesDurationMs(clips: readonly ClipId[], manifest: VoiceManifest): number {
  return clips.reduce((sum, id) => sum + manifest[id].durationMs, 0);
}
