import type { Counter, Snapshot } from '@motcua/protocol';
import { formatWait, PriorityBadge, t, useNow, waitingTickets } from '@motcua/ui';

/** Who this counter can call: its services' waiting tickets and those transferred to it. */
export function QueuePanel({
  snapshot,
  counter,
  clockOffsetMs,
  canCall,
  onCall,
}: {
  snapshot: Snapshot;
  counter: Counter;
  clockOffsetMs: number;
  canCall: boolean;
  onCall: (label: string) => void;
}) {
  const now = useNow(30_000, clockOffsetMs);
  const served = new Set(counter.services.map((s) => s.serviceId));
  const all = waitingTickets(snapshot);
  const reserved = all.filter((x) => x.targetCounterId === counter.id);
  // Roughly the hub's call order: priority citizens first where the service puts them strictly
  // first, then arrival. (Interleaving and weights between services are the hub's decision.)
  const strict = new Set(snapshot.services.filter((s) => s.priorityPolicy.mode === 'strict').map((s) => s.id));
  const rank = (x: (typeof all)[number]) => (x.priority && strict.has(x.serviceId) ? 0 : 1);
  const open = all
    .filter((x) => x.targetCounterId === null && served.has(x.serviceId))
    .sort((a, b) => rank(a) - rank(b));
  const queue = [...reserved, ...open];
  const services = snapshot.services.filter((s) => served.has(s.id));
  const count = (id: string) => open.filter((x) => x.serviceId === id).length;
  const nameOf = (id: string) => snapshot.services.find((s) => s.id === id)?.name ?? id;

  return (
    <aside className="desk-queue" aria-label={t('desk.queue.title')}>
      <div className="desk-queue-head">
        <h2>
          {t('desk.queue.title')} <span className="desk-queue-total" data-testid="queue-total">{queue.length}</span>
        </h2>
        <div className="desk-queue-counts">
          {services.map((s) => (
            <span key={s.id} className="desk-chip" title={s.name}>
              <b>{s.prefix}</b> {count(s.id)}
            </span>
          ))}
        </div>
      </div>
      {queue.length === 0 ? <p className="desk-queue-empty">{t('desk.queue.empty')}</p> : null}
      <ol className="desk-queue-list">
        {queue.map((x) => (
          <li key={x.id} className={x.targetCounterId ? 'is-reserved' : undefined} data-label={x.label}>
            <span className="desk-q-label">{x.label}</span>
            <span className="desk-q-text">
              <span className="desk-q-service">{nameOf(x.serviceId)}</span>
              <span className="desk-q-meta">
                {x.targetCounterId ? <span className="desk-q-reserved">{t('desk.queue.reserved')}</span> : null}
                <PriorityBadge priority={x.priority} short />
              </span>
            </span>
            <span className="desk-q-wait">{formatWait(now - Date.parse(x.waitingSince))}</span>
            <button type="button" className="desk-q-call" disabled={!canCall} onClick={() => onCall(x.label)}>
              {t('desk.queue.call')}
            </button>
          </li>
        ))}
      </ol>
    </aside>
  );
}
