import type { Counter, Snapshot, Ticket } from '@motcua/protocol';
import { counterById, counterShortName, t, ticketById, useHubEvents } from '@motcua/ui';
import { useState } from 'react';
import { dt, type DisplayMessageKey } from '../strings.js';

export type CounterScreenState = 'calling' | 'serving' | 'paused' | 'closed' | 'idle';

/** What the small screen says about its counter (pure). */
export function counterScreenState(counter: Counter, ticket: Ticket | undefined): CounterScreenState {
  if (counter.status === 'closed') return 'closed';
  if (counter.status === 'paused') return 'paused';
  if (ticket?.status === 'called') return 'calling';
  if (ticket?.status === 'serving') return 'serving';
  return 'idle';
}

/** The small screen above one desk: "Quầy n", the number it calls or serves, very large, and its state. */
export function CounterDisplay({ snapshot, counterId }: { snapshot: Snapshot; counterId: string }) {
  const [flashKey, setFlashKey] = useState<string | null>(null);
  useHubEvents((e) => {
    if ((e.name === 'ticket:called' || e.name === 'ticket:recalled') && e.change.call?.counterId === counterId) {
      setFlashKey(`${e.change.call.ticketId}@${e.change.call.at}`);
    }
  });
  const counter = counterById(snapshot, counterId);
  if (!counter) {
    return (
      <div className="cd cd-unknown" data-testid="counter-display" role="alert">
        <div className="cd-message">{dt('cd.unknown', { id: counterId })}</div>
      </div>
    );
  }
  const ticket = ticketById(snapshot, counter.currentTicketId);
  const state = counterScreenState(counter, ticket);
  const stateText = dt(`cd.state.${state}` as DisplayMessageKey);
  // Without a ticket, the state itself is the big text (a closed counter says so, large).
  const big = ticket ? ticket.label : state === 'idle' ? t('tv.counterIdle') : stateText;
  return (
    <div className={`cd cd-${counter.status} cd-state-${state}`} data-testid="counter-display" data-state={state}>
      <div className="cd-counter" data-testid="cd-counter">
        {t('counter.label', { n: counter.number })}
      </div>
      <div
        className={`cd-label${ticket ? '' : ' is-idle'}${flashKey && ticket ? ' is-flashing' : ''}`}
        key={flashKey ?? 'still'}
        data-testid="cd-label"
      >
        {big}
      </div>
      <div className="cd-foot">
        {(ticket || state === 'idle') && (
          <span className="cd-state" data-testid="cd-state">
            {stateText}
          </span>
        )}
        <span className="cd-name">{counterShortName(counter)}</span>
      </div>
    </div>
  );
}
