import { z } from 'zod';

const Port = z.number().int().min(1).max(65535);

export const TransportConfigSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tcp'), host: z.string().min(1), port: Port.default(9100) }),
  z.object({ kind: z.literal('usb-file'), path: z.string().min(1) }),
  z.object({
    kind: z.literal('serial'),
    path: z.string().min(1),
    baudRate: z.number().int().positive().default(115200),
  }),
  /** The office's virtual printer; the app supplies its address to the transport factory. */
  z.object({ kind: z.literal('virtual') }),
]);
export type TransportConfig = z.infer<typeof TransportConfigSchema>;

/**
 * One printer: how to reach it and what paper it has. 576 dots at 203 dpi (most 80 mm
 * clones) or 512 dots at 180 dpi (Epson TM-T88/T70); both print ~72 mm wide.
 */
export const PrinterProfileSchema = z
  .object({
    id: z.string().min(1).max(64),
    name: z.string().min(1).max(120),
    transport: TransportConfigSchema,
    widthDots: z.union([z.literal(576), z.literal(512)]),
    dpi: z.union([z.literal(203), z.literal(180)]),
    cut: z.enum(['full', 'partial', 'none']).default('partial'),
    /** Text mode with Epson TCVN-3 code pages: only for printers verified to have them. */
    textMode: z.literal('tcvn3').nullable().default(null),
    /** Timeout of one `DLE EOT` status round (1–2 s is typical). */
    statusTimeoutMs: z.number().int().min(50).max(30_000).default(1500),
    connectTimeoutMs: z.number().int().min(50).max(60_000).default(3000),
    /** How long the printer may take to accept a whole job. */
    sendTimeoutMs: z.number().int().min(100).max(600_000).default(60_000),
    /** Lines fed after the content so it clears the cutter. */
    feedLines: z.number().int().min(0).max(20).default(4),
  })
  .refine((p) => (p.widthDots === 576 ? p.dpi === 203 : p.dpi === 180), {
    message: 'khổ in: 576 điểm ở 203 dpi hoặc 512 điểm ở 180 dpi',
    path: ['dpi'],
  });

export type PrinterProfile = z.infer<typeof PrinterProfileSchema>;
export type PrinterProfileInput = z.input<typeof PrinterProfileSchema>;

export function parsePrinterProfile(input: unknown): PrinterProfile {
  return PrinterProfileSchema.parse(input);
}
