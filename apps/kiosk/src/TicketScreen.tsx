import { useState } from 'react';
import type { CommandResults, Snapshot } from '@motcua/protocol';
import { BigButton, formatDate, formatTime, PriorityBadge, t } from '@motcua/ui';
import { PrintStatusLine } from './PrintStatusLine.js';
import { useCountdown } from './useCountdown.js';

export const TICKET_SCREEN_SECONDS = 15;
/** When the ticket did not print, the number stays longer so the citizen can note it. */
export const TICKET_UNPRINTED_SECONDS = 60;

/** The issued number, huge; a tap anywhere or 15 s brings the start screen back. */
export function TicketScreen({
  result,
  snapshot,
  onDone,
}: {
  result: CommandResults['ticket:issue'];
  snapshot: Snapshot;
  onDone: () => void;
}) {
  const [unprinted, setUnprinted] = useState(false);
  const left = useCountdown(unprinted ? TICKET_UNPRINTED_SECONDS : TICKET_SCREEN_SECONDS, onDone);
  const { ticket, peopleAhead } = result;
  const service = snapshot.services.find((s) => s.id === ticket.serviceId);
  const tz = snapshot.office.timeZone;
  return (
    <section className="kiosk-ticket" onClick={onDone} data-testid="kiosk-ticket">
      <div className="kiosk-ticket-card">
        <div className="kiosk-ticket-title">{t('kiosk.ticket.title')}</div>
        <div className="kiosk-ticket-number" data-testid="ticket-label">
          {ticket.label}
        </div>
        <div className="kiosk-ticket-service">{service?.name ?? ''}</div>
        {ticket.priority ? (
          <div className="kiosk-ticket-prio">
            <PriorityBadge priority={ticket.priority} />
          </div>
        ) : null}
        <div className="kiosk-ticket-ahead">
          {peopleAhead > 0 ? t('kiosk.ticket.ahead', { n: peopleAhead }) : t('kiosk.ticket.noneAhead')}
        </div>
        <div className="kiosk-ticket-time">
          {t('kiosk.ticket.at', { time: formatTime(ticket.issuedAt, tz), date: formatDate(ticket.issuedAt, tz) })}
        </div>
        {unprinted ? null : (
          <div className="kiosk-ticket-keep">
            {t('kiosk.ticket.keep')} {t('kiosk.ticket.thanks')}
          </div>
        )}
        <PrintStatusLine printJobId={result.printJobId} label={ticket.label} onFailed={() => setUnprinted(true)} />
      </div>
      <BigButton size="touch" tone="primary" onClick={onDone}>
        {t('kiosk.ticket.done')}
      </BigButton>
      <div className="kiosk-ticket-auto">{t('kiosk.ticket.autoBack', { n: left })}</div>
    </section>
  );
}
