import { useState } from 'react';
import type { Procedure, TimeUnit } from '@motcua/protocol';
import { BigButton, ErrorLine } from '@motcua/ui';
import { UNIT_LABEL } from './text.js';

/** Edit one procedure: name, field, processing time, fee, components (one per line), active. */
export function ProcedureForm({
  initial,
  isNew,
  fields,
  onSave,
}: {
  initial: Procedure;
  isNew: boolean;
  fields: string[];
  onSave: (p: Procedure) => Promise<string | null>;
}) {
  const [p, setP] = useState(initial);
  const [amount, setAmount] = useState(initial.processingTime.amount === null ? '' : String(initial.processingTime.amount));
  const [components, setComponents] = useState(initial.components.join('\n'));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    const comps = components
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
    const n = amount.trim() === '' ? null : Number(amount.trim().replace(',', '.'));
    if (!p.code.trim()) return setError('Vui lòng nhập mã thủ tục.');
    if (!p.name.trim()) return setError('Vui lòng nhập tên thủ tục.');
    if (!p.field.trim()) return setError('Vui lòng nhập lĩnh vực.');
    if (n !== null && (!Number.isFinite(n) || n < 0 || n > 1000)) return setError('Thời hạn phải là một số từ 0 đến 1000 (để trống nếu chưa công bố).');
    if (comps.length > 60) return setError('Tối đa 60 thành phần hồ sơ.');
    if (comps.some((c) => c.length > 600)) return setError('Mỗi thành phần hồ sơ dài tối đa 600 ký tự.');
    setBusy(true);
    const err = await onSave({
      ...p,
      code: p.code.trim(),
      name: p.name.trim(),
      field: p.field.trim(),
      fee: p.fee && p.fee.trim() ? p.fee.trim() : null,
      processingTime: { amount: p.processingTime.unit === 'same-day' ? (n ?? 0) : n, unit: p.processingTime.unit },
      components: comps,
    });
    setBusy(false);
    setError(err);
  }

  return (
    <form
      className="admin-dialog-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <ErrorLine as="div">{error}</ErrorLine>
      <div className="admin-card-row">
        <label className="mc-field">
          Mã thủ tục
          <input className="mc-input admin-w-id" name="code" value={p.code} disabled={!isNew} maxLength={40} onChange={(e) => setP({ ...p, code: e.target.value })} />
        </label>
        <label className="mc-field admin-grow">
          Lĩnh vực
          <input className="mc-input" name="field" list="admin-fields" value={p.field} maxLength={200} onChange={(e) => setP({ ...p, field: e.target.value })} />
          <datalist id="admin-fields">
            {fields.map((f) => (
              <option key={f} value={f} />
            ))}
          </datalist>
        </label>
      </div>
      <label className="mc-field">
        Tên thủ tục
        <textarea className="mc-input" name="name" rows={2} value={p.name} maxLength={400} onChange={(e) => setP({ ...p, name: e.target.value })} />
      </label>
      <div className="admin-card-row">
        <label className="mc-field">
          Thời hạn giải quyết
          <input
            className="mc-input admin-w-sm"
            name="amount"
            inputMode="decimal"
            value={p.processingTime.unit === 'same-day' ? '' : amount}
            disabled={p.processingTime.unit === 'same-day'}
            placeholder="—"
            onChange={(e) => setAmount(e.target.value)}
          />
        </label>
        <label className="mc-field">
          Đơn vị
          <select
            className="mc-input"
            name="unit"
            value={p.processingTime.unit}
            onChange={(e) => setP({ ...p, processingTime: { ...p.processingTime, unit: e.target.value as TimeUnit } })}
          >
            {(Object.keys(UNIT_LABEL) as TimeUnit[]).map((u) => (
              <option key={u} value={u}>
                {UNIT_LABEL[u]}
              </option>
            ))}
          </select>
        </label>
        <label className="admin-inline">
          <input type="checkbox" className="admin-check" name="active" checked={p.active} onChange={(e) => setP({ ...p, active: e.target.checked })} />
          Đang áp dụng
        </label>
      </div>
      <label className="mc-field">
        Lệ phí
        <input className="mc-input" name="fee" value={p.fee ?? ''} maxLength={2000} placeholder="vd: Miễn phí" onChange={(e) => setP({ ...p, fee: e.target.value })} />
      </label>
      <label className="mc-field">
        Thành phần hồ sơ (mỗi dòng một giấy tờ)
        <textarea className="mc-input" name="components" rows={6} value={components} onChange={(e) => setComponents(e.target.value)} />
      </label>
      <BigButton type="submit" disabled={busy}>
        Lưu thủ tục
      </BigButton>
    </form>
  );
}
