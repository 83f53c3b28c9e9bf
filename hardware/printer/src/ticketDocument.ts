import type { Priority } from '@motcua/protocol';
import type { Block, PrintDocument } from './document.js';
import { formatTicketTime } from './formatTicketTime.js';
import { formatWaitRange, type WaitEstimate } from './formatWaitRange.js';

export const DEFAULT_TICKET_FOOTER = 'Vui lòng giữ phiếu và chờ gọi số. Xin cảm ơn!';

export const PRIORITY_LABELS: Readonly<Record<Priority, string>> = {
  elderly: 'Người cao tuổi',
  disabled: 'Người khuyết tật',
  pregnant: 'Phụ nữ mang thai',
  merit: 'Người có công',
};

export interface TicketPrintData {
  agencyName: string;
  unitName: string;
  /** What is printed and announced, e.g. `A025`. */
  label: string;
  serviceName: string;
  priority: Priority | null;
  peopleAhead: number;
  estimatedWait: WaitEstimate | null;
  /** ISO instant of issue. */
  issuedAt: string;
  /** The office's time zone, e.g. `Asia/Ho_Chi_Minh`. */
  timeZone: string;
  /** The ticket's live status page; no QR code when null. */
  statusUrl: string | null;
  /** Defaults to {@link DEFAULT_TICKET_FOOTER}. */
  footer?: string | undefined;
}

function peopleAheadText(n: number): string {
  return n <= 0 ? 'Không có người chờ trước bạn' : `Số người chờ trước bạn: ${n}`;
}

/** The queue ticket (DOMAIN.md "The queue"): the number is by far the biggest thing on it. */
export function ticketDocument(data: TicketPrintData): PrintDocument {
  const blocks: Block[] = [
    { type: 'text', text: data.agencyName.toUpperCase(), size: 'normal', bold: true, align: 'center' },
    { type: 'text', text: data.unitName, size: 'normal', align: 'center' },
    { type: 'rule', style: 'dashed' },
    { type: 'spacer', height: 1 },
    { type: 'text', text: 'PHIẾU SỐ THỨ TỰ', size: 'xlarge', bold: true, align: 'center' },
    { type: 'spacer', height: 3 },
    { type: 'text', text: data.label, size: 'huge', bold: true, align: 'center', wrap: false, tight: true },
    { type: 'spacer', height: 3 },
    { type: 'text', text: data.serviceName, size: 'large', bold: true, align: 'center' },
  ];
  if (data.priority) {
    blocks.push(
      { type: 'spacer', height: 1.5 },
      { type: 'text', text: `ƯU TIÊN — ${PRIORITY_LABELS[data.priority]}`, size: 'normal', bold: true, align: 'center', invert: true },
    );
  }
  blocks.push(
    { type: 'spacer', height: 2 },
    { type: 'text', text: peopleAheadText(data.peopleAhead), size: 'normal', align: 'center' },
    { type: 'text', text: `Thời gian chờ dự kiến: ${formatWaitRange(data.estimatedWait)}`, size: 'normal', align: 'center' },
    { type: 'text', text: formatTicketTime(data.issuedAt, data.timeZone), size: 'normal', align: 'center' },
  );
  if (data.statusUrl) {
    blocks.push(
      { type: 'qr', value: data.statusUrl, align: 'center' },
      { type: 'text', text: 'Quét mã để theo dõi lượt gọi số', size: 'small', align: 'center' },
    );
  }
  blocks.push(
    { type: 'rule', style: 'dashed' },
    { type: 'text', text: data.footer ?? DEFAULT_TICKET_FOOTER, size: 'normal', bold: true, align: 'center' },
    { type: 'spacer', height: 2 },
  );
  return { blocks };
}
