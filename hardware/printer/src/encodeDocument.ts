import type { PrintDocument } from './document.js';
import { encodeRaster } from './encodeRaster.js';
import { encodeDocumentText } from './encodeText.js';
import type { PrinterProfile } from './profile.js';
import { renderDocument } from './renderDocument.js';

export type DocumentEncodeSpec = Pick<PrinterProfile, 'widthDots' | 'dpi' | 'cut' | 'feedLines' | 'textMode'>;

/** A whole print job for this printer: raster by default, TCVN-3 text when the profile says so. */
export function encodeDocument(doc: PrintDocument, profile: DocumentEncodeSpec): Uint8Array {
  if (profile.textMode === 'tcvn3') return encodeDocumentText(doc, profile);
  return encodeRaster(renderDocument(doc, profile), profile);
}
