import type { Priority } from '@motcua/protocol';
import { priorityKey } from '../i18n/strings.js';
import { t } from '../i18n/t.js';

/** A priority citizen's mark; `short` shows only "Ưu tiên" with the kind as a tooltip. */
export function PriorityBadge({ priority, short = false }: { priority: Priority | null; short?: boolean }) {
  if (!priority) return null;
  const label = t(priorityKey(priority));
  return (
    <span className="mc-prio" title={label} data-priority={priority}>
      ★ {short ? t('priority.mark') : label}
    </span>
  );
}
