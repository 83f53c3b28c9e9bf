import { createRequire } from 'node:module';
import type * as Canvas from '@napi-rs/canvas';

const load = createRequire(import.meta.url);
let loaded: typeof Canvas | null = null;

/**
 * `@napi-rs/canvas`, loaded on first use: ~40 MB of native code that a process needs only once
 * it renders a document (a hub that never prints, or prints late, does not carry it from start).
 */
export function canvasModule(): typeof Canvas {
  loaded ??= load('@napi-rs/canvas') as typeof Canvas;
  return loaded;
}
