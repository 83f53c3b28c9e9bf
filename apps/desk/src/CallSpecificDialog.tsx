import { useState, type FormEvent } from 'react';
import { BigButton, Dialog, ErrorLine, t } from '@motcua/ui';

export function CallSpecificDialog({
  onClose,
  onCall,
}: {
  onClose: () => void;
  onCall: (label: string) => Promise<string | null>;
}) {
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const valid = /^[A-Z]{1,2}\d{1,6}$/.test(label);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!valid) return;
    setError(await onCall(label));
  }
  return (
    <Dialog title={t('desk.specific.title')} onClose={onClose}>
      <form className="desk-dialog-form" onSubmit={submit}>
        <input
          className="mc-input desk-specific-input"
          autoFocus
          placeholder={t('desk.specific.placeholder')}
          value={label}
          onChange={(e) => setLabel(e.target.value.toUpperCase().replace(/\s+/g, ''))}
          aria-label={t('desk.specific.title')}
        />
        <ErrorLine>{error}</ErrorLine>
        <BigButton type="submit" disabled={!valid}>
          {t('desk.specific.submit')}
        </BigButton>
      </form>
    </Dialog>
  );
}
