import { useEffect, type ReactNode } from 'react';

export interface NoticeMessage {
  id: number;
  kind: 'error' | 'ok' | 'info';
  text: string;
}

/** An error or confirmation line; errors stay until dismissed, others fade after a few seconds. */
export function Notice({ notice, onDismiss }: { notice: NoticeMessage | null; onDismiss: () => void }) {
  useEffect(() => {
    if (!notice) return;
    const id = setTimeout(onDismiss, notice.kind === 'error' ? 12_000 : 4_000);
    return () => clearTimeout(id);
  }, [notice, onDismiss]);
  if (!notice) return null;
  return (
    <div className={`mc-notice mc-notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span>{notice.text}</span>
      <button type="button" className="mc-notice-x" onClick={onDismiss} aria-label="Đóng">
        ×
      </button>
    </div>
  );
}

/**
 * An error that stays while it holds (a form's refusal, a failed load): nothing when there is
 * none. `as="div"` where a paragraph's margins would break a form's own spacing.
 */
export function ErrorLine({ children, as: Tag = 'p' }: { children: ReactNode; as?: 'p' | 'div' }) {
  if (children === null || children === undefined || children === false || children === '') return null;
  return (
    <Tag className="mc-notice mc-notice-error" role="alert">
      {children}
    </Tag>
  );
}
