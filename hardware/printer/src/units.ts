import type { TextSize } from './document.js';

/** Font size in millimetres of each named text size. */
export const TEXT_SIZES_MM: Readonly<Record<Exclude<TextSize, number>, number>> = {
  small: 2.8,
  normal: 3.5,
  large: 4.6,
  xlarge: 6.2,
  huge: 28,
};

export function mmToDots(mm: number, dpi: number): number {
  return Math.round((mm * dpi) / 25.4);
}

export function fontPx(size: TextSize | undefined, dpi: number): number {
  const mm = typeof size === 'number' ? size : TEXT_SIZES_MM[size ?? 'normal'];
  return Math.max(8, mmToDots(mm, dpi));
}
