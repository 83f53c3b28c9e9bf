import { useState, type FormEvent } from 'react';
import { BigButton, Dialog, t } from '@motcua/ui';

export function PauseDialog({ onClose, onPause }: { onClose: () => void; onPause: (reason: string) => void }) {
  const [reason, setReason] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onPause(reason.trim());
  };
  return (
    <Dialog title={t('desk.action.pause')} onClose={onClose}>
      <form className="desk-dialog-form" onSubmit={submit}>
        <label className="mc-field">
          {t('desk.pauseReason')}
          <input className="mc-input" autoFocus maxLength={120} value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        <BigButton type="submit" tone="warning">
          {t('desk.action.pause')}
        </BigButton>
      </form>
    </Dialog>
  );
}
