import type { Counter, Snapshot, Ticket } from '@motcua/protocol';
import { BigButton, counterStatusKey, counterTitle, Dialog, t } from '@motcua/ui';

export function TransferDialog({
  snapshot,
  counter,
  ticket,
  onClose,
  onTransfer,
}: {
  snapshot: Snapshot;
  counter: Counter;
  ticket: Ticket;
  onClose: () => void;
  onTransfer: (to: { toServiceId: string } | { toCounterId: string }) => void;
}) {
  const services = snapshot.services.filter((s) => s.active && s.id !== ticket.serviceId);
  const counters = snapshot.counters.filter((c) => c.id !== counter.id).sort((a, b) => a.number - b.number);
  return (
    <Dialog title={t('desk.transfer.title', { label: ticket.label })} onClose={onClose}>
      <h3 className="desk-dialog-h">{t('desk.transfer.toService')}</h3>
      <div className="desk-dialog-grid">
        {services.map((s) => (
          <BigButton key={s.id} tone="secondary" onClick={() => onTransfer({ toServiceId: s.id })}>
            {s.prefix} · {s.name}
          </BigButton>
        ))}
      </div>
      <h3 className="desk-dialog-h">{t('desk.transfer.toCounter')}</h3>
      <div className="desk-dialog-grid">
        {counters.map((c) => (
          <BigButton
            key={c.id}
            tone="secondary"
            disabled={c.status === 'closed'}
            onClick={() => onTransfer({ toCounterId: c.id })}
          >
            {counterTitle(c)}
            {c.status !== 'open' ? ` (${t(counterStatusKey(c.status))})` : ''}
          </BigButton>
        ))}
      </div>
    </Dialog>
  );
}
