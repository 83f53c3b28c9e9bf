import { z } from 'zod';

/**
 * The desktop shell (apps/shell): its configuration, the pairing request it sends to the hub,
 * and the bridge its preload exposes to pages as `window.motcua`.
 */

/** What a shell shows. `counter-display` is the small screen above one counter. */
export const SHELL_ROLES = ['kiosk', 'display', 'desk', 'counter-display'] as const;
export type ShellRole = (typeof SHELL_ROLES)[number];

/** The name of the preload bridge on `window`. */
export const MOTCUA_BRIDGE_KEY = 'motcua';

const HubUrl = z
  .string()
  .trim()
  .max(500)
  .refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'http:' || u.protocol === 'https:') && u.username === '' && u.password === '';
    } catch {
      return false;
    }
  }, 'địa chỉ máy chủ phải có dạng http://… hoặc https://…')
  .transform((s) => new URL(s).origin);

export const ShellConfigSchema = z
  .object({
    /** The hub's origin, e.g. `http://192.168.1.10:8080` (a path, if given, is dropped). */
    hubUrl: HubUrl,
    role: z.enum(SHELL_ROLES),
    /** The device token (`dev_…`) from pairing; a desk may run without one (clerks log in). */
    deviceToken: z.string().min(10).max(200).optional(),
    /** The counter a `counter-display` shows (required for that role). */
    counterId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_.:-]+$/).optional(),
    /** The printer profile of the local printer the agent drives (later: the printing half). */
    printerProfileId: z.string().min(1).max(64).optional(),
    /**
     * Scanners the device agent reads (HID POS / serial), comma-separated as in the standalone
     * agent's MOTCUA_SCANNERS: `hid`, `hid:0c2e:0b61`, `hid:/dev/hidraw3`, `serial:/dev/ttyACM0@9600`.
     * Keyboard-wedge scanners need nothing: the page reads them.
     */
    scanners: z.string().max(500).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.role === 'counter-display' && !c.counterId) {
      ctx.addIssue({ code: 'custom', path: ['counterId'], message: 'màn hình quầy cần mã quầy (counterId)' });
    }
  });
export type ShellConfig = z.infer<typeof ShellConfigSchema>;

/** `POST /api/devices/pair` body: the one-time code an admin issued for this machine. */
export const PairRequestSchema = z.object({ code: z.string().trim().min(4).max(32) }).strict();
export type PairRequest = z.infer<typeof PairRequestSchema>;

/** `POST /api/devices/pair` answer (200). Errors use the usual `{ error: { code, message } }`. */
export const PairResultSchema = z.object({
  deviceToken: z.string().min(10).max(200),
  role: z.enum(SHELL_ROLES),
  name: z.string().min(1).max(120),
  counterId: z.string().min(1).max(64).optional(),
  printerProfileId: z.string().min(1).max(64).optional(),
});
export type PairResult = z.infer<typeof PairResultSchema>;

/** The configuration as pages see it: never the token. */
export interface ShellInfo {
  hubUrl: string;
  role: ShellRole;
  counterId: string | null;
  printerProfileId: string | null;
  paired: boolean;
  /** The shell's version (package.json). */
  version: string;
}

/** A barcode read by a scanner the agent owns (HID POS or serial). Wedge scanners are read by the page itself. */
export interface BridgeScan {
  code: string;
  symbology: string | null;
  source: string;
}

export type PairOutcome =
  | { ok: true; info: ShellInfo }
  | { ok: false; error: { code: string; message: string } };

export type AgentConnection = 'connecting' | 'connected' | 'disconnected' | 'refused' | 'stopped';

export interface BridgePrinterStatus {
  /** Whether this shell drives a local printer (false: the hub prints over the network). */
  local: boolean;
  /** `unknown` until the printing half of the agent lands. */
  health: 'ok' | 'warning' | 'error' | 'unknown';
  code: string | null;
  message: string | null;
  agent: AgentConnection;
}

/**
 * What the preload exposes as `window.motcua`. Every method is safe to call from a page
 * (arguments are validated in the main process). The preload object `satisfies` this.
 */
export interface MotcuaBridge {
  /** The shell's configuration (without the token), or null before pairing. */
  getConfig(): Promise<ShellInfo | null>;
  /** Scanner reads from HID POS or serial scanners; returns an unsubscribe function. */
  onScan(callback: (scan: BridgeScan) => void): () => void;
  /** Pairs with a hub using an admin's code; on success the shell keeps the config and opens the role's page. */
  pair(hubUrl: string, code: string): Promise<PairOutcome>;
  /** The local printer as the agent last saw it. */
  printerStatus(): Promise<BridgePrinterStatus>;
}
