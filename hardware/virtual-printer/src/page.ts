/** Ink values of a page dot. */
export const PAPER = 0;
export const INK = 1;
/** The grey dashed line drawn where the paper was cut (never printed by a real printer). */
export const CUT_MARK = 2;

/** A strip of paper `width` dots wide that grows downwards as it is printed on. */
export class Page {
  readonly width: number;
  private rows = 0;
  private dots: Uint8Array;

  constructor(width: number) {
    this.width = width;
    this.dots = new Uint8Array(width * 256);
  }

  get height(): number {
    return this.rows;
  }

  /** Makes the page at least `height` dots tall. */
  grow(height: number): void {
    if (height <= this.rows) return;
    if (height * this.width > this.dots.length) {
      const next = new Uint8Array(Math.max(height * this.width, this.dots.length * 2));
      next.set(this.dots);
      this.dots = next;
    }
    this.rows = height;
  }

  set(x: number, y: number, value: number): void {
    if (x < 0 || y < 0 || x >= this.width) return;
    this.grow(y + 1);
    this.dots[y * this.width + x] = value;
  }

  get(x: number, y: number): number {
    if (x < 0 || y < 0 || x >= this.width || y >= this.rows) return PAPER;
    return this.dots[y * this.width + x] ?? PAPER;
  }

  fill(x: number, y: number, w: number, h: number, value: number): void {
    if (w <= 0 || h <= 0) return;
    this.grow(y + h);
    const x0 = Math.max(0, x);
    const x1 = Math.min(this.width, x + w);
    for (let row = Math.max(0, y); row < y + h; row++) {
      this.dots.fill(value, row * this.width + x0, row * this.width + x1);
    }
  }

  /**
   * Draws 1-bit rows (MSB leftmost, 1 = ink) with its top-left corner at (x, y), each bit
   * scaled to sx × sy dots; what falls off the right edge is lost.
   */
  blitBits(x: number, y: number, widthBytes: number, height: number, data: Uint8Array, sx: number, sy: number): void {
    this.grow(y + height * sy);
    for (let row = 0; row < height; row++) {
      for (let col = 0; col < widthBytes * 8; col++) {
        const byte = data[row * widthBytes + (col >> 3)] ?? 0;
        if ((byte & (0x80 >> (col & 7))) === 0) continue;
        const px = x + col * sx;
        if (px >= this.width) break;
        for (let dy = 0; dy < sy; dy++) {
          const base = (y + row * sy + dy) * this.width;
          this.dots.fill(INK, base + px, base + Math.min(this.width, px + sx));
        }
      }
    }
  }

  /** The dots, one byte each, row by row (a copy of exactly width × height bytes). */
  snapshot(): Uint8Array {
    return this.dots.slice(0, this.width * this.rows);
  }
}
