import { z } from 'zod';
import type { Role } from './auth.js';
import { CounterServiceSchema, Id, PriorityPolicySchema, PrioritySchema } from './entities.js';

const label = z.string().trim().toUpperCase().regex(/^[A-Z]{1,2}\d{1,6}$/, 'số phiếu dạng A001');
const counterRef = { counterId: Id };

/**
 * Every command the hub accepts: input schema and the roles allowed to send it.
 * Socket event name = command name; REST route = POST /api/commands/<name>.
 */
export const commands = {
  'ticket:issue': {
    input: z.object({ serviceId: Id, priority: PrioritySchema.nullable().default(null) }).strict(),
    roles: ['kiosk', 'clerk', 'admin'],
  },
  'counter:open': { input: z.object(counterRef).strict(), roles: ['clerk', 'admin'] },
  'counter:close': { input: z.object(counterRef).strict(), roles: ['clerk', 'admin'] },
  'counter:pause': {
    input: z.object({ ...counterRef, reason: z.string().trim().max(120).nullable().default(null) }).strict(),
    roles: ['clerk', 'admin'],
  },
  'counter:resume': { input: z.object(counterRef).strict(), roles: ['clerk', 'admin'] },
  'ticket:callNext': { input: z.object(counterRef).strict(), roles: ['clerk', 'admin'] },
  'ticket:callSpecific': { input: z.object({ ...counterRef, label }).strict(), roles: ['clerk', 'admin'] },
  'ticket:recall': { input: z.object(counterRef).strict(), roles: ['clerk', 'admin'] },
  'ticket:absent': { input: z.object(counterRef).strict(), roles: ['clerk', 'admin'] },
  'ticket:start': { input: z.object(counterRef).strict(), roles: ['clerk', 'admin'] },
  'ticket:finish': {
    input: z.object({ ...counterRef, callNext: z.boolean().default(false) }).strict(),
    roles: ['clerk', 'admin'],
  },
  'ticket:transfer': {
    input: z
      .object({ ...counterRef, toServiceId: Id.nullable().default(null), toCounterId: Id.nullable().default(null) })
      .strict()
      .refine((v) => (v.toServiceId === null) !== (v.toCounterId === null), {
        message: 'chọn đúng một: dịch vụ hoặc quầy đích',
      }),
    roles: ['clerk', 'admin'],
  },
  'service:save': {
    input: z
      .object({
        id: Id,
        prefix: z.string().regex(/^[A-Z]{1,2}$/),
        name: z.string().trim().min(1).max(120),
        field: z.string().trim().max(120).nullable().default(null),
        numberStart: z.number().int().min(0).max(9000).default(1),
        numberWidth: z.number().int().min(1).max(5).default(3),
        priorityPolicy: PriorityPolicySchema.default({ mode: 'strict' }),
        dailyCap: z.number().int().min(1).max(99999).nullable().default(null),
        active: z.boolean().default(true),
        sortOrder: z.number().int().min(0).max(999).default(0),
      })
      .strict(),
    roles: ['admin'],
  },
  'counter:save': {
    input: z
      .object({
        id: Id,
        number: z.number().int().min(1).max(999),
        name: z.string().trim().min(1).max(80),
        services: z.array(CounterServiceSchema).max(50),
      })
      .strict(),
    roles: ['admin'],
  },
} as const satisfies Record<string, { input: z.ZodType; roles: readonly Role[] }>;

export type CommandName = keyof typeof commands;
export type CommandInput<N extends CommandName> = z.output<(typeof commands)[N]['input']>;
/** What a client may send (defaults filled in by the hub). */
export type CommandPayload<N extends CommandName> = z.input<(typeof commands)[N]['input']>;
export const COMMAND_NAMES = Object.keys(commands) as CommandName[];
