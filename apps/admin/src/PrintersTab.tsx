import { useCallback, useEffect, useState } from 'react';
import type { PrintJobInfo, PrinterHealth, PrinterInfo } from '@motcua/protocol';
import { BigButton, Dialog, formatDate, formatTime, listDevices, Notice, useHub, useHubEvents, type AdminDevice } from '@motcua/ui';
import {
  assignCounterPrinter,
  assignDevicePrinter,
  listPrinters,
  reprint,
  savePrinter,
  type PrinterProfile,
  type TransportConfig,
} from './api.js';
import { JobPreview } from './JobPreview.js';
import { PrinterForm } from './PrinterForm.js';
import { useNotice } from './useNotice.js';

export const HEALTH_LABEL: Record<PrinterHealth, string> = {
  ok: 'Hoạt động tốt',
  warning: 'Cảnh báo',
  error: 'Lỗi',
  unknown: 'Chưa kiểm tra',
};
const STATE_LABEL: Record<PrintJobInfo['state'], string> = {
  queued: 'Đang chờ in',
  printing: 'Đang in',
  printed: 'Đã in',
  failed: 'In lỗi',
};
const KIND_LABEL: Record<PrintJobInfo['kind'], string> = {
  ticket: 'Phiếu số thứ tự',
  receipt: 'Giấy tiếp nhận (Mẫu 01)',
  slip: 'Phiếu khác (Mẫu 02/03/04)',
};

export function transportText(t: TransportConfig | undefined): string {
  if (!t) return '—';
  switch (t.kind) {
    case 'tcp':
      return `Mạng (TCP) ${t.host}:${t.port}`;
    case 'usb-file':
      return `USB: ${t.path}`;
    case 'serial':
      return `Cổng nối tiếp: ${t.path}, ${t.baudRate} baud`;
    case 'virtual':
      return 'Máy in ảo (thử nghiệm)';
  }
}

const STATE_RANK: Record<PrintJobInfo['state'], number> = { queued: 0, printing: 1, failed: 2, printed: 2 };

/** The later of two views of one job (by update time, then by how far along it is). */
function newest(a: PrintJobInfo | undefined, b: PrintJobInfo | undefined): PrintJobInfo {
  if (!a) return b!;
  if (!b) return a;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return STATE_RANK[b.state] >= STATE_RANK[a.state] ? b : a;
}

const blankProfile = (): PrinterProfile => ({
  id: '',
  name: '',
  transport: { kind: 'tcp', host: '', port: 9100 },
  widthDots: 576,
  dpi: 203,
  cut: 'partial',
  textMode: null,
});

export function PrintersTab({ token }: { token: string }) {
  const { snapshot } = useHub();
  const tz = snapshot?.office.timeZone ?? 'Asia/Ho_Chi_Minh';
  const [profiles, setProfiles] = useState<PrinterProfile[]>([]);
  const [saved, setSaved] = useState<Record<string, PrinterInfo>>({});
  const [devices, setDevices] = useState<AdminDevice[]>([]);
  const [counterPrinter, setCounterPrinter] = useState<Record<string, string>>({});
  /** Jobs reprinted from this page, followed live until they print (they leave the failed list). */
  const [tracked, setTracked] = useState<Record<string, PrintJobInfo>>({});
  const [seen, setSeen] = useState<Record<string, PrintJobInfo>>({});
  const [editing, setEditing] = useState<{ profile: PrinterProfile; isNew: boolean } | null>(null);
  const [preview, setPreview] = useState<PrintJobInfo | null>(null);
  const { notice, show, dismiss } = useNotice();

  const reload = useCallback(async () => {
    const [p, d] = await Promise.all([listPrinters(token), listDevices({ token })]);
    if (p.ok) setProfiles(p.data.profiles);
    else show('error', p.error.message);
    if (d.ok) setDevices(d.data);
    else show('error', d.error.message);
  }, [token, show]);
  useEffect(() => {
    void reload();
  }, [reload]);

  // Every job update is kept (bounded): the reprint's answer may arrive after its "printed" event.
  useHubEvents((e) => {
    if (e.name !== 'print:updated') return;
    const job = e.change.job;
    setSeen((m) => {
      const next = { ...m, [job.id]: newest(m[job.id], job) };
      const ids = Object.keys(next);
      if (ids.length > 200) delete next[ids[0]!];
      return next;
    });
  });

  if (!snapshot) return null;
  const infos = new Map<string, PrinterInfo>();
  for (const [id, info] of Object.entries(saved)) infos.set(id, info);
  for (const info of snapshot.printers ?? []) infos.set(info.id, info);
  const profileOf = (id: string) => profiles.find((p) => p.id === id);
  const ids = [...new Set([...infos.keys(), ...profiles.map((p) => p.id)])].sort();
  const printerName = (id: string | null | undefined) =>
    id ? (infos.get(id)?.name ?? profileOf(id)?.name ?? id) : 'Không có máy in';

  const failed = snapshot.failedPrintJobs ?? [];
  const jobs = [
    ...failed,
    ...Object.values(tracked)
      .filter((j) => !failed.some((f) => f.id === j.id))
      .map((j) => newest(j, seen[j.id])),
  ].sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  );

  async function doReprint(job: PrintJobInfo) {
    const r = await reprint(job.id, token);
    if (!r.ok) return show('error', r.error.message);
    setTracked((t) => ({ ...t, [job.id]: newest(t[job.id], r.data.job) }));
    show('info', `Đã gửi lại lệnh in ${job.label ?? ''} tới máy in.`);
  }

  async function assignDevice(d: AdminDevice, printerId: string) {
    const r = await assignDevicePrinter(d.id, printerId || null, token);
    if (!r.ok) return show('error', r.error.message);
    show('ok', `Đã gán “${printerName(printerId || null)}” cho ${d.name}.`);
    void reload();
  }
  async function assignCounter(counterId: string, name: string, printerId: string) {
    const r = await assignCounterPrinter(counterId, printerId || null, token);
    if (!r.ok) return show('error', r.error.message);
    setCounterPrinter((m) => ({ ...m, [counterId]: printerId }));
    show('ok', `Đã gán “${printerName(printerId || null)}” cho ${name}.`);
  }

  const kiosks = devices.filter((d) => d.role === 'kiosk' && !d.revokedAt);
  const counters = [...snapshot.counters].sort((a, b) => a.number - b.number);
  const printerOptions = ids.map((id) => (
    <option key={id} value={id}>
      {printerName(id)}
    </option>
  ));

  return (
    <section className="admin-section">
      <Notice notice={notice} onDismiss={dismiss} />
      <h2 className="admin-h2">Máy in của văn phòng</h2>
      {ids.length === 0 ? <div className="admin-muted">Chưa có máy in nào. Bấm “Thêm máy in” để khai báo máy in đầu tiên.</div> : null}
      <div className="admin-cards">
        {ids.map((id) => {
          const info = infos.get(id);
          const health = info?.health ?? 'unknown';
          const profile = profileOf(id);
          return (
            <div key={id} className={`admin-card admin-printer is-${health}`} data-printer={id} data-health={health}>
              <div className="admin-card-row admin-between">
                <strong>{printerName(id)}</strong>
                <span className={`admin-badge is-${health}`} data-testid="printer-health">
                  {HEALTH_LABEL[health]}
                </span>
              </div>
              {info?.message ? <div className="admin-printer-msg">{info.message}</div> : null}
              <div className="admin-muted">
                <code>{id}</code> · {transportText(profile?.transport)}
                {profile ? ` · ${profile.widthDots === 576 ? '80 mm, 576 điểm, 203 dpi' : '80 mm, 512 điểm, 180 dpi'}` : ''}
              </div>
              {info?.checkedAt ? (
                <div className="admin-muted">
                  Kiểm tra lúc {formatTime(info.checkedAt, tz)} {formatDate(info.checkedAt, tz)}
                </div>
              ) : null}
              {profile ? (
                <BigButton tone="secondary" onClick={() => setEditing({ profile: { ...profile }, isNew: false })}>
                  Sửa cấu hình
                </BigButton>
              ) : null}
            </div>
          );
        })}
      </div>
      <BigButton tone="secondary" onClick={() => setEditing({ profile: blankProfile(), isNew: true })}>
        + Thêm máy in
      </BigButton>

      <h2 className="admin-h2">Lệnh in lỗi, in lại</h2>
      {jobs.length === 0 ? (
        <div className="admin-muted" data-testid="no-failed-jobs">
          Không có lệnh in lỗi nào.
        </div>
      ) : (
        <table className="admin-table" data-testid="failed-jobs">
          <thead>
            <tr>
              <th>Nội dung</th>
              <th>Loại</th>
              <th>Máy in</th>
              <th>Trạng thái</th>
              <th>Lúc</th>
              <th>Số lần in</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {jobs.map((j) => (
              <tr key={j.id} data-job={j.id} data-state={j.state}>
                <td>
                  <b>{j.label ?? '—'}</b>
                </td>
                <td>{KIND_LABEL[j.kind] ?? j.kind}</td>
                <td>{printerName(j.printerId)}</td>
                <td>
                  <span className={`admin-badge is-${j.state === 'printed' ? 'ok' : j.state === 'failed' ? 'error' : 'unknown'}`}>
                    {STATE_LABEL[j.state]}
                  </span>
                  {j.state === 'failed' && j.error ? <div className="admin-printer-msg">{j.error.message}</div> : null}
                </td>
                <td>
                  {formatTime(j.updatedAt, tz)} {formatDate(j.updatedAt, tz)}
                </td>
                <td>{j.attempts}</td>
                <td>
                  <div className="admin-actions">
                    <BigButton tone="quiet" onClick={() => setPreview(j)}>
                      Xem trước
                    </BigButton>
                    {j.state === 'failed' ? <BigButton onClick={() => void doReprint(j)}>In lại</BigButton> : null}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2 className="admin-h2">Gán máy in</h2>
      <div className="admin-two">
        <table className="admin-table">
          <thead>
            <tr>
              <th>Máy lấy số (kiosk)</th>
              <th>Máy in phiếu số</th>
            </tr>
          </thead>
          <tbody>
            {kiosks.length === 0 ? (
              <tr>
                <td colSpan={2} className="admin-muted">
                  Chưa có máy lấy số nào.
                </td>
              </tr>
            ) : null}
            {kiosks.map((d) => (
              <tr key={d.id} data-device={d.id}>
                <td>{d.name}</td>
                <td>
                  <select
                    className="mc-input"
                    aria-label={`Máy in của ${d.name}`}
                    value={typeof d.printerId === 'string' ? d.printerId : ''}
                    onChange={(e) => void assignDevice(d, e.target.value)}
                  >
                    <option value="">Không có máy in</option>
                    {printerOptions}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="admin-table">
          <thead>
            <tr>
              <th>Quầy</th>
              <th>Máy in giấy tiếp nhận</th>
            </tr>
          </thead>
          <tbody>
            {counters.map((c) => (
              <tr key={c.id} data-counter={c.id}>
                <td>
                  {c.number}. {c.name}
                </td>
                <td>
                  <select
                    className="mc-input"
                    aria-label={`Máy in của ${c.name}`}
                    value={counterPrinter[c.id] ?? '?'}
                    onChange={(e) => void assignCounter(c.id, c.name, e.target.value)}
                  >
                    {counterPrinter[c.id] === undefined ? (
                      <option value="?" disabled>
                        Chọn để gán…
                      </option>
                    ) : null}
                    <option value="">Không có máy in</option>
                    {printerOptions}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
          <caption className="admin-caption">
            Máy chủ chưa cho xem máy in đang gán cho từng quầy: chọn một máy in để gán (hoặc gán lại).
          </caption>
        </table>
      </div>

      {editing ? (
        <Dialog title={editing.isNew ? 'Thêm máy in' : `Sửa máy in: ${editing.profile.name}`} onClose={() => setEditing(null)}>
          <PrinterForm
            initial={editing.profile}
            isNew={editing.isNew}
            onSave={async (p) => {
              const r = await savePrinter(p, token);
              if (!r.ok) return r.error.message;
              setSaved((s) => ({ ...s, [p.id]: r.data.printer }));
              setEditing(null);
              show('ok', `Đã lưu máy in: ${p.name}`);
              void reload();
              return null;
            }}
          />
        </Dialog>
      ) : null}
      {preview ? (
        <Dialog title={`Xem trước: ${preview.label ?? preview.id}`} onClose={() => setPreview(null)}>
          <JobPreview jobId={preview.id} token={token} />
        </Dialog>
      ) : null}
    </section>
  );
}
