import type { Snapshot, Ticket } from '@motcua/protocol';
import { formatTimer, PriorityBadge, t, ticketStatusKey, useNow } from '@motcua/ui';

/** The counter's ticket, big, with its state and a running timer. */
export function CurrentTicket({
  snapshot,
  ticket,
  clockOffsetMs,
}: {
  snapshot: Snapshot;
  ticket: Ticket | undefined;
  clockOffsetMs: number;
}) {
  const now = useNow(1000, clockOffsetMs);
  if (!ticket) {
    return (
      <section className="desk-current is-idle" data-testid="desk-current">
        <div className="desk-current-label">—</div>
        <div className="desk-current-info">
          <div className="desk-current-state">{t('desk.idle')}</div>
          <div className="desk-current-hint">{t('desk.idleHint')}</div>
        </div>
      </section>
    );
  }
  const service = snapshot.services.find((s) => s.id === ticket.serviceId);
  const since = ticket.status === 'serving' ? ticket.startedAt : ticket.calledAt;
  const elapsed = since ? formatTimer(now - Date.parse(since)) : '';
  return (
    <section className={`desk-current is-${ticket.status}`} data-testid="desk-current">
      <div className="desk-current-label" data-testid="desk-current-label">
        {ticket.label}
      </div>
      <div className="desk-current-info">
        <div className="desk-current-state">
          <span className={`desk-pill desk-pill-t-${ticket.status}`}>{t(ticketStatusKey(ticket.status))}</span>
          <span className="desk-current-timer">{elapsed}</span>
        </div>
        <div className="desk-current-service">{service?.name ?? ticket.serviceId}</div>
        <div className="desk-current-meta">
          <PriorityBadge priority={ticket.priority} />
          {ticket.callCount > 1 ? <span>{t('desk.callCount', { n: ticket.callCount })}</span> : null}
          {ticket.transferCount > 0 ? <span>{t('desk.transferred', { n: ticket.transferCount })}</span> : null}
        </div>
      </div>
    </section>
  );
}
