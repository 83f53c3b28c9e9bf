import { useCallback, useEffect, useState } from 'react';
import type { Snapshot } from '@motcua/protocol';
import { BigButton, Notice, useHub, waitingCounts } from '@motcua/ui';
import { bieu06, bieu06Query, fetchBlob, type Bieu06Counts, type Bieu06Report } from './api.js';
import { parseDay, presetPeriod, showDay, viNumber, type PresetId } from './dates.js';
import { headline } from './text.js';
import { useNotice } from './useNotice.js';

const PRESETS: Array<[PresetId, string]> = [
  ['today', 'Hôm nay'],
  ['thisMonth', 'Tháng này'],
  ['lastMonth', 'Tháng trước'],
  ['thisQuarter', 'Quý này'],
  ['thisYear', 'Năm nay'],
];

export function StatsTab({ token }: { token: string }) {
  const { snapshot } = useHub();
  const today = snapshot?.businessDay ?? '2026-01-01';
  const [period, setPeriod] = useState(() => presetPeriod('thisMonth', today));
  const [groupBy, setGroupBy] = useState<'field' | 'unit'>('field');
  const [report, setReport] = useState<Bieu06Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [download, setDownload] = useState<{ url: string; name: string } | null>(null);
  const { notice, show, dismiss } = useNotice();

  const load = useCallback(async () => {
    setError(null);
    const bad = !parseDay(period.from) || !parseDay(period.to)
      ? 'Vui lòng chọn đủ “Từ ngày” và “Đến ngày”.'
      : period.from > period.to
        ? '“Từ ngày” phải trước hoặc bằng “Đến ngày”.'
        : null;
    if (bad) {
      setReport(null);
      return setError(bad);
    }
    const r = await bieu06(period.from, period.to, groupBy, token);
    if (!r.ok) {
      setReport(null);
      return setError(r.error.message);
    }
    setReport(r.data);
  }, [period, groupBy, token]);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => () => (download ? URL.revokeObjectURL(download.url) : undefined), [download]);

  async function excel() {
    if (!report) return;
    const q = bieu06Query(report.period.from, report.period.to, report.groupBy);
    const r = await fetchBlob(`/api/reports/bieu06.xlsx?${q}`, token);
    if (!r.ok) return show('error', r.error.message);
    const name = `bieu06-${report.period.from}-${report.period.to}.xlsx`;
    const url = URL.createObjectURL(r.data);
    setDownload({ url, name });
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  const groupLabel = groupBy === 'field' ? 'Lĩnh vực' : 'Đơn vị';
  return (
    <section className="admin-section">
      <Notice notice={notice} onDismiss={dismiss} />
      <div className="admin-print-only">
        <b>{snapshot?.office.name}</b> — {snapshot?.office.unitName}
      </div>
      <h2 className="admin-h2">Tình hình giải quyết hồ sơ (Biểu 06)</h2>
      <div className="admin-form-row">
        <label className="mc-field">
          Từ ngày
          <input className="mc-input" type="date" name="from" value={period.from} onChange={(e) => setPeriod((p) => ({ ...p, from: e.target.value }))} />
        </label>
        <label className="mc-field">
          Đến ngày
          <input className="mc-input" type="date" name="to" value={period.to} onChange={(e) => setPeriod((p) => ({ ...p, to: e.target.value }))} />
        </label>
        <label className="mc-field">
          Theo
          <select className="mc-input" name="groupBy" value={groupBy} onChange={(e) => setGroupBy(e.target.value as 'field' | 'unit')}>
            <option value="field">Lĩnh vực</option>
            <option value="unit">Đơn vị đang giữ hồ sơ</option>
          </select>
        </label>
        <div className="admin-presets">
          {PRESETS.map(([id, label]) => {
            const p = presetPeriod(id, today);
            const on = p.from === period.from && p.to === period.to;
            return (
              <button key={id} type="button" className={on ? 'is-active' : undefined} data-preset={id} onClick={() => setPeriod(p)}>
                {label}
              </button>
            );
          })}
        </div>
        <span className="admin-grow" />
        <BigButton tone="secondary" disabled={!report} onClick={() => window.print()}>
          In báo cáo
        </BigButton>
        <BigButton disabled={!report} onClick={() => void excel()} data-testid="bieu06-xlsx">
          Tải Excel
        </BigButton>
      </div>
      {error ? (
        <div className="mc-notice mc-notice-error admin-stretch" role="alert">
          {error}
        </div>
      ) : null}
      {download ? (
        <div className="admin-muted admin-no-print">
          Nếu tệp không tự tải về:{' '}
          <a href={download.url} download={download.name} data-testid="bieu06-link">
            {download.name}
          </a>
        </div>
      ) : null}
      {report ? (
        <>
          <div className="admin-headline" data-testid="bieu06-headline">
            {headline(report.total)}
          </div>
          <div className="admin-muted">
            Từ ngày {showDay(report.period.from)} đến ngày {showDay(report.period.to)} · {report.total.received.total} hồ sơ nhận
            giải quyết · {report.total.resolved.total} đã giải quyết · {report.total.inProgress.total} đang giải quyết
          </div>
          <div className="admin-scroll">
            <table className="admin-table admin-bieu06" data-testid="bieu06">
              <thead>
                <tr>
                  <th rowSpan={3}>STT</th>
                  <th rowSpan={3}>{groupLabel}</th>
                  <th colSpan={4}>Số hồ sơ nhận giải quyết</th>
                  <th colSpan={4}>Số hồ sơ đã giải quyết</th>
                  <th colSpan={3}>Số hồ sơ đang giải quyết</th>
                  <th rowSpan={3}>Chờ bổ sung</th>
                  <th rowSpan={3}>Rút, dừng xử lý</th>
                  <th rowSpan={3}>% đúng hạn và trước hạn</th>
                </tr>
                <tr>
                  <th rowSpan={2}>Tổng số</th>
                  <th colSpan={2}>Trong kỳ</th>
                  <th rowSpan={2}>Từ kỳ trước</th>
                  <th rowSpan={2}>Tổng số</th>
                  <th rowSpan={2}>Trước hạn</th>
                  <th rowSpan={2}>Đúng hạn</th>
                  <th rowSpan={2}>Quá hạn</th>
                  <th rowSpan={2}>Tổng số</th>
                  <th rowSpan={2}>Trong hạn</th>
                  <th rowSpan={2}>Quá hạn</th>
                </tr>
                <tr>
                  <th>Trực tuyến</th>
                  <th>Trực tiếp, bưu chính</th>
                </tr>
              </thead>
              <tbody>
                {report.rows.length === 0 ? (
                  <tr>
                    <td colSpan={16} className="admin-muted">
                      Không có hồ sơ nào trong kỳ này.
                    </td>
                  </tr>
                ) : null}
                {report.rows.map((r, i) => (
                  <Bieu06Line key={r.key} no={String(i + 1)} label={r.key} c={r} />
                ))}
                <Bieu06Line no="" label="Tổng số" c={report.total} total />
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      {snapshot ? (
        <div className="admin-no-print admin-stretch">
          <QueueToday snapshot={snapshot} />
        </div>
      ) : null}
    </section>
  );
}

function Bieu06Line({ no, label, c, total }: { no: string; label: string; c: Bieu06Counts; total?: boolean }) {
  const cells = [
    c.received.total,
    c.received.onlineNew,
    c.received.inPersonOrPostNew,
    c.received.carriedOver,
    c.resolved.total,
    c.resolved.early,
    c.resolved.onTime,
    c.resolved.late,
    c.inProgress.total,
    c.inProgress.withinTime,
    c.inProgress.overdue,
    c.waitingSupplement,
    c.withdrawnOrStopped,
  ];
  return (
    <tr className={total ? 'is-total' : undefined} data-row={total ? 'total' : label}>
      <td>{no}</td>
      <td>{label}</td>
      {cells.map((v, i) => (
        <td key={i} className="admin-num">
          {v}
        </td>
      ))}
      <td className="admin-num">{c.onTimeOrEarlyPercent === null ? '—' : `${viNumber(c.onTimeOrEarlyPercent, 2)}%`}</td>
    </tr>
  );
}

function QueueToday({ snapshot }: { snapshot: Snapshot }) {
  const waiting = waitingCounts(snapshot);
  const issued = Object.values(snapshot.issuedToday).reduce((a, b) => a + b, 0);
  const waitingAll = Object.values(waiting).reduce((a, b) => a + b, 0);
  const open = snapshot.counters.filter((c) => c.status !== 'closed').length;
  const services = [...snapshot.services].sort((a, b) => a.sortOrder - b.sortOrder);
  return (
    <div className="admin-stretch">
      <h2 className="admin-h2">Hàng chờ hôm nay ({showDay(snapshot.businessDay)})</h2>
      <div className="admin-kpis">
        <div data-testid="kpi-issued">
          <b>{issued}</b> số đã cấp
        </div>
        <div data-testid="kpi-waiting">
          <b>{waitingAll}</b> người đang chờ
        </div>
        <div data-testid="kpi-open">
          <b>{open}</b>/{snapshot.counters.length} quầy đang mở
        </div>
      </div>
      <table className="admin-table admin-narrow">
        <thead>
          <tr>
            <th>Dịch vụ</th>
            <th className="admin-num">Số đã cấp</th>
            <th className="admin-num">Đang chờ</th>
          </tr>
        </thead>
        <tbody>
          {services.map((s) => (
            <tr key={s.id} data-service={s.id}>
              <td>
                <b>{s.prefix}</b> {s.name}
              </td>
              <td className="admin-num">{snapshot.issuedToday[s.id] ?? 0}</td>
              <td className="admin-num">{waiting[s.id] ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
