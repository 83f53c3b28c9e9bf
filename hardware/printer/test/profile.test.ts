import { describe, expect, it } from 'vitest';
import { PrinterProfileSchema, parsePrinterProfile } from '../src/index.js';

describe('PrinterProfileSchema', () => {
  it('[PF1] fills defaults: partial cut, raster mode, 1.5 s status timeout, port 9100', () => {
    const p = parsePrinterProfile({ id: 'k1', name: 'Kiosk', transport: { kind: 'tcp', host: '10.0.0.5' }, widthDots: 512, dpi: 180 });
    expect(p).toMatchObject({ cut: 'partial', textMode: null, statusTimeoutMs: 1500, transport: { kind: 'tcp', host: '10.0.0.5', port: 9100 } });
  });

  it('[PF2] takes every transport kind', () => {
    for (const transport of [
      { kind: 'usb-file', path: '/dev/usb/lp0' },
      { kind: 'serial', path: '/dev/ttyUSB0', baudRate: 115200 },
      { kind: 'virtual' },
    ]) {
      expect(PrinterProfileSchema.safeParse({ id: 'p', name: 'P', transport, widthDots: 576, dpi: 203 }).success).toBe(true);
    }
  });

  it('[PF3] refuses width/dpi pairs that are not a real paper, and unknown modes', () => {
    const base = { id: 'p', name: 'P', transport: { kind: 'virtual' } };
    expect(PrinterProfileSchema.safeParse({ ...base, widthDots: 576, dpi: 180 }).success).toBe(false);
    expect(PrinterProfileSchema.safeParse({ ...base, widthDots: 384, dpi: 203 }).success).toBe(false);
    expect(PrinterProfileSchema.safeParse({ ...base, widthDots: 576, dpi: 203, textMode: 'cp1258' }).success).toBe(false);
    expect(PrinterProfileSchema.safeParse({ ...base, widthDots: 576, dpi: 203, cut: 'half' }).success).toBe(false);
  });
});
