import { useCallback, useEffect, useState } from 'react';
import { BigButton, Notice, useHub } from '@motcua/ui';
import { calendarYear, saveCalendarYear, type CalendarYear, type DayInfo, type DayReason, type YearTable } from './api.js';
import { daysInMonth, parseDay, showDay } from './dates.js';
import { DueDateCalculator } from './DueDateCalculator.js';
import { splitProblems } from './text.js';
import { YearEditor } from './YearEditor.js';
import { useNotice } from './useNotice.js';

export const REASON_LABEL: Record<DayReason, string> = {
  workday: 'Ngày làm việc',
  weekend: 'Nghỉ cuối tuần',
  holiday: 'Nghỉ lễ, Tết',
  compensatory: 'Nghỉ bù',
  'day-off': 'Nghỉ (hoán đổi ngày làm việc)',
  'makeup-saturday': 'Thứ Bảy làm bù',
};
const WEEK_HEAD = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'];
function dayTitle(d: DayInfo): string {
  return `${showDay(d.date)}: ${d.name ? `${d.name} — ` : ''}${REASON_LABEL[d.reason]}`;
}

export function CalendarTab({ token }: { token: string }) {
  const { snapshot } = useHub();
  const today = snapshot?.businessDay ?? '2026-01-01';
  const [year, setYear] = useState(() => parseDay(today)?.year ?? 2026);
  const [yearText, setYearText] = useState(String(year));
  const [data, setData] = useState<CalendarYear | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [picked, setPicked] = useState<DayInfo | null>(null);
  const [editing, setEditing] = useState<YearTable | null>(null);
  const [problems, setProblems] = useState<{ head: string; items: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const { notice, show, dismiss } = useNotice();

  const load = useCallback(async () => {
    setLoadError(null);
    const r = await calendarYear(year, token);
    if (!r.ok) {
      setData(null);
      return setLoadError(r.error.message);
    }
    setData(r.data);
  }, [year, token]);
  useEffect(() => {
    setPicked(null);
    setEditing(null);
    setProblems(null);
    void load();
  }, [load]);

  const go = (y: number) => {
    if (!Number.isInteger(y) || y < 1900 || y > 2199) return show('error', 'Năm phải từ 1900 đến 2199.');
    setYear(y);
    setYearText(String(y));
  };

  async function save(table: YearTable) {
    const bad = table.off.find(([a, b]) => !parseDay(a) || !parseDay(b)) ?? table.workSaturdays.find((s) => !parseDay(s));
    if (bad) return setProblems({ head: 'Có ngày chưa nhập đủ hoặc không hợp lệ.', items: [] });
    setBusy(true);
    const r = await saveCalendarYear(year, table, token);
    setBusy(false);
    if (!r.ok) {
      // "Lịch năm 2027 chưa đúng: a; b; c"
      const [head, rest] = splitProblems(r.error.message);
      return setProblems({ head, items: rest });
    }
    setProblems(null);
    setEditing(null);
    show('ok', `Đã lưu và xác nhận lịch làm việc năm ${year}.`);
    void load();
  }

  const working = data ? data.days.filter((d) => d.working).length : 0;
  const byDate = new Map((data?.days ?? []).map((d) => [d.date, d]));

  return (
    <section className="admin-section">
      <Notice notice={notice} onDismiss={dismiss} />
      <div className="admin-form-row">
        <BigButton tone="secondary" onClick={() => go(year - 1)} aria-label="Năm trước">
          ‹ {year - 1}
        </BigButton>
        <label className="mc-field">
          Năm
          <input
            className="mc-input admin-w-sm"
            name="year"
            inputMode="numeric"
            value={yearText}
            onChange={(e) => setYearText(e.target.value.replace(/\D/g, '').slice(0, 4))}
            onKeyDown={(e) => {
              if (e.key === 'Enter') go(Number(yearText));
            }}
            onBlur={() => yearText !== String(year) && go(Number(yearText))}
          />
        </label>
        <BigButton tone="secondary" onClick={() => go(year + 1)} aria-label="Năm sau">
          {year + 1} ›
        </BigButton>
        {data ? (
          <div className="admin-cal-summary">
            <span
              className={`admin-badge ${data.source === 'official' ? 'is-ok' : 'is-warning'}`}
              data-testid="calendar-source"
              data-source={data.source}
            >
              {data.source === 'official' ? 'Chính thức (đã xác nhận)' : 'Chưa xác nhận — tính theo quy định'}
            </span>
            <span data-testid="working-days">
              <b>{working}</b> ngày làm việc
            </span>
          </div>
        ) : null}
        <span className="admin-grow" />
        {data && !editing ? (
          <BigButton onClick={() => setEditing({ off: data.table.off.map(([a, b]) => [a, b]), workSaturdays: [...data.table.workSaturdays] })}>
            {data.source === 'official' ? 'Sửa lịch nghỉ năm này' : 'Kiểm tra và xác nhận'}
          </BigButton>
        ) : null}
      </div>
      {loadError ? <div className="mc-notice mc-notice-error">{loadError}</div> : null}
      {data && data.source === 'derived' ? (
        <div className="mc-notice mc-notice-info admin-stretch">
          Năm {year} chưa có lịch nghỉ chính thức: các ngày nghỉ Tết và nghỉ bù dưới đây được tính theo Bộ luật Lao động. Khi
          Chính phủ công bố lịch nghỉ, hãy kiểm tra, sửa nếu cần rồi bấm “Lưu và xác nhận”.
        </div>
      ) : null}

      {editing ? (
        <YearEditor
          year={year}
          table={editing}
          problems={problems}
          busy={busy}
          onChange={setEditing}
          onCancel={() => {
            setEditing(null);
            setProblems(null);
          }}
          onSave={() => void save(editing)}
        />
      ) : null}

      {data ? (
        <>
          <div className="admin-legend">
            {(['workday', 'weekend', 'holiday', 'compensatory', 'day-off', 'makeup-saturday'] as const).map((r) => (
              <span key={r}>
                <i className={`admin-day is-${r}`} /> {REASON_LABEL[r]}
              </span>
            ))}
          </div>
          <div className="admin-picked" aria-live="polite" data-testid="picked-day">
            {picked ? dayTitle(picked) : 'Chạm hoặc rê chuột vào một ngày để xem tên ngày lễ.'}
          </div>
          <div className="admin-months">
            {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => {
              const first = byDate.get(`${year}-${String(m).padStart(2, '0')}-01`);
              const lead = first ? (first.weekday + 6) % 7 : 0;
              const n = daysInMonth(year, m);
              return (
                <div key={m} className="admin-month">
                  <div className="admin-month-name">Tháng {m}</div>
                  <div className="admin-month-grid">
                    {WEEK_HEAD.map((w) => (
                      <b key={w}>{w}</b>
                    ))}
                    {Array.from({ length: lead }, (_, i) => (
                      <span key={`e${i}`} />
                    ))}
                    {Array.from({ length: n }, (_, i) => {
                      const date = `${year}-${String(m).padStart(2, '0')}-${String(i + 1).padStart(2, '0')}`;
                      const d = byDate.get(date);
                      if (!d) return <span key={date}>{i + 1}</span>;
                      return (
                        <button
                          key={date}
                          type="button"
                          className={`admin-day is-${d.reason}${date === today ? ' is-today' : ''}${picked?.date === date ? ' is-picked' : ''}`}
                          data-date={date}
                          data-reason={d.reason}
                          title={dayTitle(d)}
                          onClick={() => setPicked(d)}
                          onMouseEnter={() => d.name && setPicked(d)}
                        >
                          {i + 1}
                        </button>
                      );
                    })}
                  </div>
                </div>
              );
            })}
          </div>
        </>
      ) : null}
      <DueDateCalculator token={token} tz={snapshot?.office.timeZone ?? 'Asia/Ho_Chi_Minh'} />
    </section>
  );
}
