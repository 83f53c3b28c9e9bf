import type { Command } from './command.js';

const hex = (bytes: Uint8Array): string => Array.from(bytes.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join(' ') + (bytes.length > 16 ? ` …(${bytes.length} bytes)` : '');

/** One short human-readable line for a command, for transcripts and test failures. */
export function describeCommand(c: Command): string {
  switch (c.type) {
    case 'text':
      return `text ${JSON.stringify(c.text.length > 60 ? `${c.text.slice(0, 60)}…` : c.text)} (page ${c.codepage})`;
    case 'raster':
      return `raster ${c.widthBytes * 8}x${c.height}${c.mode ? ` mode ${c.mode}` : ''}`;
    case 'bit-image':
      return `bit-image mode ${c.mode} ${c.columns} columns`;
    case 'barcode':
      return `barcode ${c.symbology} ${JSON.stringify(c.data)}`;
    case 'qr-store':
      return `qr-store ${JSON.stringify(c.data)}`;
    case 'cut':
      return `cut ${c.partial ? 'partial' : 'full'}${c.feed ? ` feed ${c.feed}` : ''}`;
    case 'status-query':
      return `status-query n=${c.n}`;
    case 'ignored':
      return `ignored ${c.name}: ${hex(c.bytes)}`;
    case 'unknown':
    case 'truncated':
      return `${c.type}: ${hex(c.bytes)}`;
    default: {
      const { type, ...rest } = c;
      const args = Object.entries(rest)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(' ');
      return args ? `${type} ${args}` : type;
    }
  }
}

/** How many commands of each type. */
export function countCommands(commands: readonly Command[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of commands) counts[c.type] = (counts[c.type] ?? 0) + 1;
  return counts;
}
