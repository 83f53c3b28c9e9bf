import { BigButton } from '@motcua/ui';
import type { YearTable } from './api.js';

/** A year's official table: off ranges (weekends inside included) and make-up Saturdays, with the hub's problems. */
export function YearEditor({
  year,
  table,
  problems,
  busy,
  onChange,
  onCancel,
  onSave,
}: {
  year: number;
  table: YearTable;
  problems: { head: string; items: string[] } | null;
  busy: boolean;
  onChange: (t: YearTable) => void;
  onCancel: () => void;
  onSave: () => void;
}) {
  const setOff = (i: number, k: 0 | 1, v: string) =>
    onChange({ ...table, off: table.off.map((r, j) => (j === i ? (k === 0 ? [v, r[1]] : [r[0], v]) : r)) });
  return (
    <div className="admin-card admin-stretch admin-editor" data-testid="year-editor">
      <div className="admin-sub">Các đợt nghỉ năm {year} (gồm cả thứ Bảy, Chủ nhật trong đợt)</div>
      <ul className="admin-range-list">
        {table.off.map(([a, b], i) => (
          <li key={i}>
            <span>Từ</span>
            <input className="mc-input" type="date" value={a} aria-label={`Đợt ${i + 1}: từ ngày`} onChange={(e) => setOff(i, 0, e.target.value)} />
            <span>đến</span>
            <input className="mc-input" type="date" value={b} aria-label={`Đợt ${i + 1}: đến ngày`} onChange={(e) => setOff(i, 1, e.target.value)} />
            <BigButton tone="quiet" onClick={() => onChange({ ...table, off: table.off.filter((_, j) => j !== i) })}>
              Xóa
            </BigButton>
          </li>
        ))}
      </ul>
      <BigButton tone="secondary" onClick={() => onChange({ ...table, off: [...table.off, [`${year}-01-01`, `${year}-01-01`]] })}>
        + Thêm đợt nghỉ
      </BigButton>
      <div className="admin-sub">Thứ Bảy làm bù</div>
      <ul className="admin-range-list">
        {table.workSaturdays.length === 0 ? <li className="admin-muted">Không có ngày làm bù.</li> : null}
        {table.workSaturdays.map((s, i) => (
          <li key={i}>
            <input
              className="mc-input"
              type="date"
              value={s}
              aria-label={`Thứ Bảy làm bù ${i + 1}`}
              onChange={(e) => onChange({ ...table, workSaturdays: table.workSaturdays.map((x, j) => (j === i ? e.target.value : x)) })}
            />
            <BigButton tone="quiet" onClick={() => onChange({ ...table, workSaturdays: table.workSaturdays.filter((_, j) => j !== i) })}>
              Xóa
            </BigButton>
          </li>
        ))}
      </ul>
      <BigButton tone="secondary" onClick={() => onChange({ ...table, workSaturdays: [...table.workSaturdays, `${year}-01-03`] })}>
        + Thêm thứ Bảy làm bù
      </BigButton>
      {problems ? (
        <div className="mc-notice mc-notice-error admin-problems" role="alert" data-testid="calendar-problems">
          <div>
            <div>{problems.head}</div>
            {problems.items.length ? (
              <ul>
                {problems.items.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            ) : null}
          </div>
        </div>
      ) : null}
      <div className="admin-card-row">
        <BigButton disabled={busy} onClick={onSave} data-testid="calendar-save">
          Lưu và xác nhận
        </BigButton>
        <BigButton tone="quiet" onClick={onCancel}>
          Hủy
        </BigButton>
      </div>
    </div>
  );
}
