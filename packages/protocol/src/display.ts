import { z } from 'zod';
import { Id } from './entities.js';

/** What one waiting-room screen shows (one room, one floor, one unit) and how it speaks. */
export const DisplayProfileSchema = z
  .object({
    id: Id,
    name: z.string().trim().min(1).max(80),
    /** Services whose calls and waiting counts it shows; null = all. */
    serviceIds: z.array(Id).max(50).nullable().default(null),
    /** Counters whose calls it shows; null = all. */
    counterIds: z.array(Id).max(200).nullable().default(null),
    layout: z.enum(['auto', 'landscape', 'portrait']).default('auto'),
    /** How many previous calls it lists. */
    recentCount: z.number().int().min(0).max(12).default(6),
    voice: z
      .object({
        enabled: z.boolean().default(true),
        /** Each call is said this many times (recall repeats it). */
        repeat: z.number().int().min(1).max(3).default(2),
        volume: z.number().min(0).max(1).default(1),
        /** Folder under /tv/voice/ with the clips (default: generated; an office may record its own). */
        clipSet: z.string().regex(/^[a-z0-9-]{1,40}$/).default('default'),
      })
      .strict()
      .default({ enabled: true, repeat: 2, volume: 1, clipSet: 'default' }),
  })
  .strict();
export type DisplayProfile = z.infer<typeof DisplayProfileSchema>;

export const DisplaySettingsSchema = z
  .object({
    /** The scrolling notice line on the TVs; null = none. */
    notice: z.string().trim().max(500).nullable().default(null),
    profiles: z.array(DisplayProfileSchema).max(50).default([]),
  })
  .strict()
  .refine((s) => new Set(s.profiles.map((p) => p.id)).size === s.profiles.length, {
    message: 'mã cấu hình màn hình bị trùng',
    path: ['profiles'],
  });
export type DisplaySettings = z.infer<typeof DisplaySettingsSchema>;

export interface DisplayChange {
  seq: number;
  at: string;
  display: DisplaySettings;
}
