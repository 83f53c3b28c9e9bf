import type { Counter, Ticket } from '@motcua/protocol';
import type { MessageKey } from '@motcua/ui';

export type ActionId =
  | 'callNext'
  | 'recall'
  | 'absent'
  | 'start'
  | 'finish'
  | 'finishNext'
  | 'transfer'
  | 'callSpecific'
  | 'pause'
  | 'resume'
  | 'close';

export interface ActionDef {
  id: ActionId;
  label: MessageKey;
  /** Keyboard shortcut (a letter, case-insensitive), shown on the button. */
  key: string | null;
  tone: 'primary' | 'secondary' | 'danger' | 'success' | 'warning' | 'quiet';
}

/** The buttons in screen order. Letters follow the Vietnamese words: Gọi Lại, Vắng, Bắt đầu, Kết thúc… */
export const ACTIONS: readonly ActionDef[] = [
  { id: 'callNext', label: 'desk.action.callNext', key: 'N', tone: 'primary' },
  { id: 'recall', label: 'desk.action.recall', key: 'L', tone: 'secondary' },
  { id: 'absent', label: 'desk.action.absent', key: 'V', tone: 'warning' },
  { id: 'start', label: 'desk.action.start', key: 'B', tone: 'success' },
  { id: 'finish', label: 'desk.action.finish', key: 'K', tone: 'secondary' },
  { id: 'finishNext', label: 'desk.action.finishNext', key: 'G', tone: 'primary' },
  { id: 'transfer', label: 'desk.action.transfer', key: 'C', tone: 'secondary' },
  { id: 'callSpecific', label: 'desk.action.callSpecific', key: 'S', tone: 'secondary' },
  { id: 'pause', label: 'desk.action.pause', key: 'P', tone: 'secondary' },
  { id: 'resume', label: 'desk.action.resume', key: 'P', tone: 'success' },
  { id: 'close', label: 'desk.action.close', key: null, tone: 'danger' },
];

/**
 * Which actions make sense now (the hub decides in the end; this only avoids offering what
 * it would refuse). Pure, so it is tested without a browser.
 */
export function enabledActions(counter: Counter, current: Ticket | undefined): Set<ActionId> {
  const on = new Set<ActionId>();
  if (counter.status === 'closed') return on;
  if (counter.status === 'paused') on.add('resume');
  else on.add('pause');
  if (!counter.currentTicketId) {
    if (counter.status === 'open') {
      on.add('callNext');
      on.add('callSpecific');
    }
    on.add('close');
    return on;
  }
  if (current?.status === 'called') {
    on.add('recall');
    on.add('absent');
    on.add('start');
  }
  if (current?.status === 'called' || current?.status === 'serving') {
    on.add('finish');
    on.add('transfer');
    if (counter.status === 'open') on.add('finishNext');
  }
  return on;
}
