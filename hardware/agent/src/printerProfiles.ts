import { PrinterProfileSchema, type PrinterProfile } from '@motcua/printer/device';

/** The transports an agent drives: the ones the hub cannot reach by itself. */
export const AGENT_TRANSPORTS = ['usb-file', 'serial'] as const;

export class AgentConfigError extends Error {
  override readonly name = 'AgentConfigError';
  constructor(readonly problems: string[]) {
    super(`motcua-agent: bad printer settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * Validates local printer profiles (`PrinterProfileSchema` of @motcua/printer) and names every
 * problem with where it is (`MOTCUA_PRINTERS[1].transport.path: …`). Only USB device files and
 * serial lines belong to an agent: network printers are configured on the hub.
 * `defaultId` fills in the id of a profile written without one (the shell's `printers.json`
 * before pairing; the pairing then names the printer).
 */
export function parsePrinterProfiles(
  raws: readonly unknown[],
  where: string,
  defaultId?: string,
): { profiles: PrinterProfile[]; problems: string[] } {
  const profiles: PrinterProfile[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  let filled = false;
  raws.forEach((raw, i) => {
    const at = `${where}[${i}]`;
    let input = raw;
    if (raw && typeof raw === 'object' && !Array.isArray(raw) && !('id' in raw)) {
      if (!defaultId) {
        problems.push(`${at}.id: missing (give the printer an id, or pair with a printer so the hub names it)`);
        return;
      }
      if (filled) {
        problems.push(`${at}.id: missing, and only one printer can take the id given at pairing (${defaultId})`);
        return;
      }
      filled = true;
      input = { ...raw, id: defaultId };
    }
    const parsed = PrinterProfileSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${at}${issue.path.map((p) => `.${String(p)}`).join('')}: ${issue.message}`);
      return;
    }
    const p = parsed.data;
    if (!(AGENT_TRANSPORTS as readonly string[]).includes(p.transport.kind)) {
      problems.push(`${at}.transport.kind: "${p.transport.kind}" is not for an agent (usb-file or serial; network printers are set up on the hub)`);
      return;
    }
    if (seen.has(p.id)) {
      problems.push(`${at}.id: "${p.id}" is used twice`);
      return;
    }
    seen.add(p.id);
    profiles.push(p);
  });
  if (raws.length > 8) problems.push(`${where}: at most 8 printers per agent (the hub refuses more)`);
  return { profiles, problems };
}

/** Like {@link parsePrinterProfiles}, but throws an {@link AgentConfigError} listing every problem. */
export function printerProfilesOrThrow(raws: readonly unknown[], where: string, defaultId?: string): PrinterProfile[] {
  const { profiles, problems } = parsePrinterProfiles(raws, where, defaultId);
  if (problems.length) throw new AgentConfigError(problems);
  return profiles;
}
