import type { CallRecord, DisplaySettings, OfficeInfo, PrintJobInfo, PrinterInfo, Snapshot } from '@motcua/protocol';
import type { QueueState } from '@motcua/core';

export function buildSnapshot(
  state: QueueState,
  seq: number,
  now: number,
  office: OfficeInfo,
  recentCalls: readonly CallRecord[],
  printing: { printers: PrinterInfo[]; failedPrintJobs: PrintJobInfo[] },
  display: DisplaySettings,
): Snapshot {
  return {
    seq,
    businessDay: state.businessDay,
    now: new Date(now).toISOString(),
    office,
    services: [...state.services.values()].sort((a, b) => a.sortOrder - b.sortOrder || a.prefix.localeCompare(b.prefix)),
    counters: [...state.counters.values()].sort((a, b) => a.number - b.number),
    activeTickets: [...state.tickets.values()].filter((t) => t.status !== 'absent'),
    recentCalls: [...recentCalls],
    issuedToday: { ...state.issuedCount },
    printers: printing.printers,
    failedPrintJobs: printing.failedPrintJobs,
    display,
  };
}
