// The DOM side of the wedge detector. Browser-safe; typed structurally so it needs no DOM lib
// (a `Window`, `Document` or element fits `KeydownTarget`, a `KeyboardEvent` fits the event).
import { createWedgeDetector, type WedgeOptions } from './createWedgeDetector.js';
import type { WedgeKey } from './wedgeKeymap.js';

export interface KeydownEventLike extends WedgeKey {
  target: unknown;
  preventDefault(): void;
  stopImmediatePropagation(): void;
}

export interface KeydownTarget {
  addEventListener(type: 'keydown', listener: (event: KeydownEventLike) => void, options: { capture: boolean }): void;
  removeEventListener(type: 'keydown', listener: (event: KeydownEventLike) => void, options: { capture: boolean }): void;
}

export interface WedgeListenerOptions extends WedgeOptions {
  /** Called with the first characters of a scan that reached a focused field, so a page can remove them. */
  onLeaked?: (leaked: string, target: unknown) => void;
}

/** True for `<input>` (text-like), `<textarea>`, `<select>` and contenteditable elements. */
function isEditable(target: unknown): boolean {
  if (!target || typeof target !== 'object') return false;
  const el = target as { tagName?: unknown; isContentEditable?: unknown; type?: unknown };
  if (el.isContentEditable === true) return true;
  const tag = typeof el.tagName === 'string' ? el.tagName.toUpperCase() : '';
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = typeof el.type === 'string' ? el.type.toLowerCase() : 'text';
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'file', 'range', 'color'].includes(type);
}

/**
 * Listens for scanner bursts in the capture phase (before any input sees the keys), stops the
 * keys that belong to a scan and calls `onScan(code)`. Returns a function that detaches it.
 */
export function attachWedgeListener(
  target: KeydownTarget,
  onScan: (code: string) => void,
  options: WedgeListenerOptions = {},
): () => void {
  const detector = createWedgeDetector(options);
  const listener = (event: KeydownEventLike): void => {
    const result = detector.push(event, isEditable(event.target));
    if (result.consumed) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
    if (result.scan !== undefined) {
      if (result.leaked) options.onLeaked?.(result.leaked, event.target);
      onScan(result.scan);
    }
  };
  target.addEventListener('keydown', listener, { capture: true });
  return () => target.removeEventListener('keydown', listener, { capture: true });
}
