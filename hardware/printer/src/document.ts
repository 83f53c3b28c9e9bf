import type { Raster } from './raster.js';

export type Align = 'left' | 'center' | 'right';

/**
 * Text sizes in millimetres of font size, so a document looks the same at 203 and 180 dpi;
 * a number is a size in millimetres.
 */
export type TextSize = 'small' | 'normal' | 'large' | 'xlarge' | 'huge' | number;

export interface TextBlock {
  type: 'text';
  text: string;
  size?: TextSize;
  bold?: boolean;
  align?: Align;
  /** true (default): wrap at spaces; false: one line, shrunk to fit the width. */
  wrap?: boolean;
  /** White on a black bar (e.g. a priority mark). */
  invert?: boolean;
  /** Line box from the ink instead of the font's ascent/descent (big numbers). */
  tight?: boolean;
}

export interface RuleBlock {
  type: 'rule';
  style?: 'solid' | 'dashed';
  /** Thickness in dots; 2 by default. */
  thickness?: number;
}

export interface SpacerBlock {
  type: 'spacer';
  /** Millimetres. */
  height: number;
}

export interface KeyValueBlock {
  type: 'keyValue';
  rows: { key: string; value: string }[];
  size?: TextSize;
  /** Share of the width given to keys, 0.2–0.8; 0.45 by default. */
  keyWidth?: number;
  boldValues?: boolean;
}

export interface TableColumn {
  header?: string;
  /** Relative width (weights are normalised). */
  width: number;
  align?: Align;
}

export interface TableBlock {
  type: 'table';
  columns: TableColumn[];
  rows: string[][];
  size?: TextSize;
  /** Lines around the header and under the last row. */
  ruled?: boolean;
}

export interface BarcodeBlock {
  type: 'barcode';
  /** CODE128, printable ASCII. */
  value: string;
  /** Bar height in millimetres; 12 by default. */
  height?: number;
  /** Dots per module; the widest that fits, at most 3, by default. */
  moduleDots?: number;
  /** Print the value under the bars (default true). */
  showText?: boolean;
  align?: Align;
}

export interface QrBlock {
  type: 'qr';
  value: string;
  /** Module size in millimetres; 0.75 by default. */
  moduleMm?: number;
  errorCorrection?: 'L' | 'M' | 'Q' | 'H';
  align?: Align;
}

export interface ImageBlock {
  type: 'image';
  raster: Raster;
  align?: Align;
}

export type Block = TextBlock | RuleBlock | SpacerBlock | KeyValueBlock | TableBlock | BarcodeBlock | QrBlock | ImageBlock;

/** What tickets and receipts are made of; renderers and encoders take nothing else. */
export interface PrintDocument {
  blocks: Block[];
}
