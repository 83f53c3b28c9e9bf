import { useState } from 'react';
import type { TimeUnit } from '@motcua/protocol';
import { BigButton, formatLongDate, formatTime, localParts } from '@motcua/ui';
import { dueDate } from './api.js';
import { UNIT_LABEL } from './text.js';

/** Now on the office's wall clock, as a `datetime-local` value. */
function nowLocal(tz: string): string {
  const d = localParts(Date.now(), tz);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.year}-${p(d.month)}-${p(d.day)}T${p(d.hour)}:${p(d.minute)}`;
}

/** Receipt time + legal time → the return date the hub computes. */
export function DueDateCalculator({ token, tz }: { token: string; tz: string }) {
  const [receivedAt, setReceivedAt] = useState(() => nowLocal(tz));
  const [amount, setAmount] = useState('5');
  const [unit, setUnit] = useState<TimeUnit>('working-days');
  const [answer, setAnswer] = useState<{ ok: boolean; text: string } | null>(null);

  async function compute() {
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(receivedAt)) return setAnswer({ ok: false, text: 'Vui lòng chọn ngày giờ nhận hồ sơ.' });
    const n = Number(amount.replace(',', '.'));
    if (unit !== 'same-day' && (!Number.isFinite(n) || n < 0 || n > 1000)) {
      return setAnswer({ ok: false, text: 'Thời hạn phải là một số từ 0 đến 1000.' });
    }
    // the office's wall-clock time, read by the hub in the office time zone
    const r = await dueDate(`${receivedAt}:00`, unit === 'same-day' ? 0 : n, unit, token);
    if (!r.ok) return setAnswer({ ok: false, text: r.error.message });
    setAnswer({ ok: true, text: `${formatTime(r.data.dueAt, tz)}, ${formatLongDate(r.data.dueAt, tz)}` });
  }

  return (
    <div className="admin-card admin-stretch admin-editor" data-testid="due-date">
      <div className="admin-sub">Tính ngày hẹn trả kết quả</div>
      <div className="admin-card-row">
        <label className="mc-field">
          Nhận hồ sơ lúc
          <input className="mc-input" type="datetime-local" value={receivedAt} onChange={(e) => setReceivedAt(e.target.value)} />
        </label>
        <label className="mc-field">
          Thời hạn
          <input
            className="mc-input admin-w-sm"
            inputMode="decimal"
            value={unit === 'same-day' ? '' : amount}
            disabled={unit === 'same-day'}
            onChange={(e) => setAmount(e.target.value)}
          />
        </label>
        <label className="mc-field">
          Đơn vị
          <select className="mc-input" value={unit} onChange={(e) => setUnit(e.target.value as TimeUnit)}>
            {(Object.keys(UNIT_LABEL) as TimeUnit[]).map((u) => (
              <option key={u} value={u}>
                {UNIT_LABEL[u]}
              </option>
            ))}
          </select>
        </label>
        <BigButton onClick={() => void compute()}>Tính</BigButton>
      </div>
      {answer ? (
        <div className={answer.ok ? 'admin-due' : 'mc-notice mc-notice-error'} data-testid="due-answer">
          {answer.ok ? <>Hẹn trả: <b>{answer.text}</b></> : answer.text}
        </div>
      ) : null}
    </div>
  );
}
