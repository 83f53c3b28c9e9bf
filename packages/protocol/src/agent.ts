import { z } from 'zod';

/**
 * The device agent's protocol: a kiosk or desk machine's agent drives a USB or serial printer
 * the hub cannot reach, and forwards scanner reads. The agent connects with its device token.
 */

/** Agent → hub: the local printers it drives (profiles as in @motcua/printer, validated by the hub). */
export const AgentRegisterSchema = z
  .object({
    printers: z.array(z.record(z.string(), z.unknown())).max(8),
    scanners: z.array(z.object({ id: z.string().max(120), kind: z.enum(['hid-pos', 'serial']) }).strict()).max(8).default([]),
    agentVersion: z.string().max(40).default('unknown'),
  })
  .strict();
export type AgentRegister = z.infer<typeof AgentRegisterSchema>;

/** Hub → agent: one job for one of its printers, already encoded for that printer. */
export interface AgentPrintRequest {
  jobId: string;
  printerId: string;
  /** ESC/POS bytes, base64. */
  bytes: string;
}

/** Agent → hub (the ack of `agent:print`). */
export type AgentPrintResult =
  | { ok: true; warnings: string[] }
  | { ok: false; error: { code: string; message: string }; maybePrinted: boolean };

export const AgentPrintResultSchema = z.union([
  z.object({ ok: z.literal(true), warnings: z.array(z.string().max(40)).max(10).default([]) }),
  z.object({
    ok: z.literal(false),
    error: z.object({ code: z.string().max(40), message: z.string().max(300) }),
    maybePrinted: z.boolean(),
  }),
]);
