import type { Snapshot } from '@motcua/protocol';
import { counterById, counterShortName, t, ticketById, useHubEvents } from '@motcua/ui';
import { useState } from 'react';

/** The small screen above one desk: its number and the ticket it serves, large. */
export function CounterDisplay({ snapshot, counterId }: { snapshot: Snapshot; counterId: string }) {
  const [flashKey, setFlashKey] = useState<string | null>(null);
  useHubEvents((e) => {
    if ((e.name === 'ticket:called' || e.name === 'ticket:recalled') && e.change.call?.counterId === counterId) {
      setFlashKey(`${e.change.call.ticketId}@${e.change.call.at}`);
    }
  });
  const counter = counterById(snapshot, counterId);
  if (!counter) return <div className="cd cd-unknown">{counterId}</div>;
  const ticket = ticketById(snapshot, counter.currentTicketId);
  return (
    <div className={`cd cd-${counter.status}`} data-testid="counter-display">
      <div className="cd-counter">{t('counter.label', { n: counter.number })}</div>
      <div className={`cd-label${ticket ? '' : ' is-idle'}${flashKey ? ' is-flashing' : ''}`} key={flashKey ?? 'still'} data-testid="cd-label">
        {ticket
          ? ticket.label
          : counter.status === 'paused'
            ? t('counter.paused')
            : counter.status === 'closed'
              ? t('counter.closed')
              : t('tv.counterIdle')}
      </div>
      <div className="cd-name">{counterShortName(counter)}</div>
    </div>
  );
}
