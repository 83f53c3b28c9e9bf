import { PRIORITY_KINDS, type Priority } from '@motcua/protocol';
import { BigButton, priorityKey, t } from '@motcua/ui';

export function PriorityScreen({ onPick, onBack }: { onPick: (p: Priority) => void; onBack: () => void }) {
  return (
    <section className="kiosk-priority">
      <h1 className="kiosk-title">{t('kiosk.priority.title')}</h1>
      <div className="kiosk-priority-grid">
        {PRIORITY_KINDS.map((p) => (
          <BigButton key={p} size="touch" tone="primary" data-priority={p} onClick={() => onPick(p)}>
            ★ {t(priorityKey(p))}
          </BigButton>
        ))}
      </div>
      <BigButton size="touch" tone="quiet" onClick={onBack}>
        ← {t('common.back')}
      </BigButton>
    </section>
  );
}
