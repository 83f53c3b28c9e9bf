import type { ClipId } from '@motcua/core';

/**
 * What the announcement queue needs from audio, so a fake clock can stand in for Web Audio
 * in tests. Times are milliseconds on the backend's own audio clock.
 */
export interface AudioBackend {
  /** The audio clock now, in ms (Web Audio: `currentTime * 1000`). */
  now(): number;
  /** Fetches and decodes a clip once; resolves with its real duration. */
  loadClip(id: ClipId): Promise<{ durationMs: number }>;
  /** Schedules a loaded clip to start at `atMs` on the audio clock. */
  play(id: ClipId, atMs: number): void;
}
