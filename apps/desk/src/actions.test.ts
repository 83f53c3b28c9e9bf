import { describe, expect, it } from 'vitest';
import type { Counter, Ticket } from '@motcua/protocol';
import { enabledActions } from './actions.js';

const counter = (patch: Partial<Counter> = {}): Counter => ({
  id: 'c1',
  number: 1,
  name: 'Quầy 1',
  services: [],
  status: 'open',
  clerkId: 'u1',
  clerkName: 'Cán bộ',
  currentTicketId: null,
  pauseReason: null,
  ...patch,
});
const ticket = (status: Ticket['status']) => ({ id: 't1', status }) as Ticket;
const on = (c: Counter, t?: Ticket) => [...enabledActions(c, t)].sort();

describe('desk actions offered for the counter state', () => {
  it('an idle open counter can call, pause and close', () => {
    expect(on(counter())).toEqual(['callNext', 'callSpecific', 'close', 'pause']);
  });

  it('a called ticket can be recalled, marked absent, started, finished or transferred', () => {
    expect(on(counter({ currentTicketId: 't1' }), ticket('called'))).toEqual(
      ['absent', 'finish', 'finishNext', 'pause', 'recall', 'start', 'transfer'].sort(),
    );
  });

  it('a ticket in service can be finished (and the next called) or transferred, not recalled', () => {
    expect(on(counter({ currentTicketId: 't1' }), ticket('serving'))).toEqual(
      ['finish', 'finishNext', 'pause', 'transfer'].sort(),
    );
  });

  it('a paused counter cannot call; it can resume and finish what it has', () => {
    expect(on(counter({ status: 'paused' }))).toEqual(['close', 'resume']);
    expect(on(counter({ status: 'paused', currentTicketId: 't1' }), ticket('serving'))).toEqual(
      ['finish', 'resume', 'transfer'].sort(),
    );
  });

  it('a closed counter offers nothing', () => {
    expect(on(counter({ status: 'closed' }))).toEqual([]);
  });
});
