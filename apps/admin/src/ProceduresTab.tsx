import { useCallback, useEffect, useState, type ChangeEvent } from 'react';
import type { Procedure } from '@motcua/protocol';
import { BigButton, Dialog, Notice } from '@motcua/ui';
import { importProcedures, procedureFields, saveProcedure, searchProcedures } from './api.js';
import { ProcedureForm } from './ProcedureForm.js';
import { UNIT_LABEL } from './text.js';
import { useNotice } from './useNotice.js';

export function timeText(p: Procedure): string {
  if (p.processingTime.unit === 'same-day') return 'Trong ngày';
  if (p.processingTime.amount === null) return 'Chưa công bố';
  return `${String(p.processingTime.amount).replace('.', ',')} ${UNIT_LABEL[p.processingTime.unit]}`;
}

export function ProceduresTab({ token }: { token: string }) {
  const [fields, setFields] = useState<Array<{ field: string; count: number }>>([]);
  const [field, setField] = useState('');
  const [q, setQ] = useState('');
  const [list, setList] = useState<Procedure[] | null>(null);
  const [editing, setEditing] = useState<{ p: Procedure; isNew: boolean } | null>(null);
  const [imported, setImported] = useState<{ file: string; imported: number; errors: Array<{ index: number; message: string }> } | null>(
    null,
  );
  const { notice, show, dismiss } = useNotice();

  const loadFields = useCallback(async () => {
    const r = await procedureFields(token);
    if (r.ok) setFields([...r.data.fields].sort((a, b) => a.field.localeCompare(b.field, 'vi')));
  }, [token]);
  const search = useCallback(async () => {
    const r = await searchProcedures(q, field, token);
    if (!r.ok) return show('error', r.error.message);
    setList(r.data.procedures);
  }, [q, field, token, show]);
  useEffect(() => {
    void loadFields();
  }, [loadFields]);
  useEffect(() => {
    const id = setTimeout(() => void search(), 250);
    return () => clearTimeout(id);
  }, [search]);

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    let entries: unknown;
    try {
      entries = JSON.parse(await file.text());
    } catch {
      return show('error', `Tệp “${file.name}” không phải JSON hợp lệ.`);
    }
    if (!Array.isArray(entries)) return show('error', 'Tệp phải chứa một danh sách (mảng JSON) các thủ tục.');
    const r = await importProcedures(entries, token);
    if (!r.ok) return show('error', r.error.message);
    setImported({ file: file.name, ...r.data });
    void loadFields();
    void search();
  }

  const byField = new Map<string, Procedure[]>();
  for (const p of list ?? []) byField.set(p.field, [...(byField.get(p.field) ?? []), p]);
  const groups = [...byField.entries()].sort(([a], [b]) => a.localeCompare(b, 'vi'));

  return (
    <section className="admin-section">
      <Notice notice={notice} onDismiss={dismiss} />
      <div className="admin-form-row">
        <label className="mc-field admin-grow">
          Tìm thủ tục
          <input
            className="mc-input"
            name="q"
            type="search"
            value={q}
            maxLength={200}
            placeholder="tên hoặc mã, có dấu hoặc không dấu — vd: dang ky khai sinh"
            onChange={(e) => setQ(e.target.value)}
          />
        </label>
        <label className="mc-field">
          Lĩnh vực
          <select className="mc-input admin-w-select" name="field" value={field} onChange={(e) => setField(e.target.value)}>
            <option value="">Tất cả lĩnh vực</option>
            {fields.map((f) => (
              <option key={f.field} value={f.field}>
                {f.field} ({f.count})
              </option>
            ))}
          </select>
        </label>
        <BigButton
          tone="secondary"
          onClick={() =>
            setEditing({
              isNew: true,
              p: {
                code: '',
                name: '',
                field: field || '',
                level: null,
                processingTime: { amount: 5, unit: 'working-days' },
                fee: null,
                components: [],
                onlineLevel: null,
                active: true,
              },
            })
          }
        >
          + Thêm thủ tục
        </BigButton>
        <label className="mc-btn mc-btn-secondary mc-btn-desk admin-file">
          <span className="mc-btn-label">Nhập từ tệp JSON…</span>
          <input type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} data-testid="import-file" />
        </label>
      </div>
      {imported ? (
        <div
          className={`mc-notice ${imported.errors.length ? 'mc-notice-info' : 'mc-notice-ok'} admin-stretch`}
          data-testid="import-result"
          role="status"
        >
          <div>
            <div>
              “{imported.file}”: đã nhập {imported.imported} thủ tục
              {imported.errors.length ? `, ${imported.errors.length} mục bị bỏ qua:` : '.'}
            </div>
            {imported.errors.length ? (
              <ul className="admin-errors">
                {imported.errors.slice(0, 50).map((e) => (
                  <li key={e.index}>
                    Mục thứ {e.index + 1}: {e.message}
                  </li>
                ))}
                {imported.errors.length > 50 ? <li>… và {imported.errors.length - 50} mục khác.</li> : null}
              </ul>
            ) : null}
          </div>
          <button type="button" className="mc-notice-x" aria-label="Đóng" onClick={() => setImported(null)}>
            ×
          </button>
        </div>
      ) : null}
      {list && list.length === 0 ? <div className="admin-muted">Không tìm thấy thủ tục nào.</div> : null}
      {list && list.length >= 500 ? <div className="admin-muted">Chỉ hiện 500 thủ tục đầu tiên: hãy thu hẹp tìm kiếm.</div> : null}
      {groups.map(([f, ps]) => (
        <div key={f} className="admin-stretch">
          <h2 className="admin-h2">
            {f} <span className="admin-muted">({ps.length})</span>
          </h2>
          <table className="admin-table" data-field={f}>
            <thead>
              <tr>
                <th>Mã</th>
                <th>Tên thủ tục</th>
                <th>Thời hạn</th>
                <th>Thành phần</th>
                <th>Trạng thái</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {ps.map((p) => (
                <tr key={p.code} data-procedure={p.code} className={p.active ? undefined : 'is-inactive'}>
                  <td>
                    <code>{p.code}</code>
                  </td>
                  <td>{p.name}</td>
                  <td className="admin-nowrap">{timeText(p)}</td>
                  <td className="admin-nowrap">{p.components.length} giấy tờ</td>
                  <td className="admin-nowrap">{p.active ? 'Đang áp dụng' : 'Ngừng áp dụng'}</td>
                  <td>
                    <BigButton tone="secondary" onClick={() => setEditing({ p, isNew: false })}>
                      Sửa
                    </BigButton>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      {editing ? (
        <Dialog title={editing.isNew ? 'Thêm thủ tục' : `Sửa thủ tục ${editing.p.code}`} onClose={() => setEditing(null)}>
          <ProcedureForm
            initial={editing.p}
            isNew={editing.isNew}
            fields={fields.map((f) => f.field)}
            onSave={async (p) => {
              const r = await saveProcedure(p, token);
              if (!r.ok) return r.error.message;
              setEditing(null);
              show('ok', `Đã lưu thủ tục: ${r.data.procedure.name}`);
              void loadFields();
              void search();
              return null;
            }}
          />
        </Dialog>
      ) : null}
    </section>
  );
}
