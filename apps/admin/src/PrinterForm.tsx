import { useState } from 'react';
import { BigButton, ErrorLine } from '@motcua/ui';
import type { PrinterProfile, TransportConfig } from './api.js';

/** Add or edit a printer profile: transport, paper width, cut, text mode (checked here, then by the hub). */
export function PrinterForm({
  initial,
  isNew,
  onSave,
}: {
  initial: PrinterProfile;
  isNew: boolean;
  onSave: (p: PrinterProfile) => Promise<string | null>;
}) {
  const [p, setP] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const tr = p.transport;
  const setTransport = (kind: TransportConfig['kind']) => {
    const path = 'path' in tr ? tr.path : '';
    const next: TransportConfig =
      kind === 'tcp'
        ? { kind, host: tr.kind === 'tcp' ? tr.host : '', port: tr.kind === 'tcp' ? tr.port : 9100 }
        : kind === 'usb-file'
          ? { kind, path: path || '/dev/usb/lp0' }
          : kind === 'serial'
            ? { kind, path: path || '/dev/ttyUSB0', baudRate: tr.kind === 'serial' ? tr.baudRate : 115200 }
            : { kind };
    setP((x) => ({ ...x, transport: next }));
  };
  const int = (v: string, fallback: number) => (/^\d+$/.test(v.trim()) ? Number(v.trim()) : fallback);

  function check(): string | null {
    if (!/^[A-Za-z0-9_.:-]{1,64}$/.test(p.id.trim())) return 'Mã máy in chỉ gồm chữ không dấu, số và _ . : - (tối đa 64 ký tự).';
    if (!p.name.trim()) return 'Vui lòng nhập tên máy in.';
    if (tr.kind === 'tcp' && !tr.host.trim()) return 'Vui lòng nhập địa chỉ IP hoặc tên máy của máy in.';
    if (tr.kind === 'tcp' && (tr.port < 1 || tr.port > 65535)) return 'Cổng phải từ 1 đến 65535.';
    if ((tr.kind === 'usb-file' || tr.kind === 'serial') && !tr.path.trim()) return 'Vui lòng nhập đường dẫn thiết bị.';
    if (tr.kind === 'serial' && tr.baudRate < 1) return 'Tốc độ baud không hợp lệ.';
    return null;
  }

  async function submit() {
    const bad = check();
    if (bad) return setError(bad);
    setBusy(true);
    const transport: TransportConfig =
      tr.kind === 'tcp' ? { ...tr, host: tr.host.trim() } : 'path' in tr ? { ...tr, path: tr.path.trim() } : tr;
    const err = await onSave({ ...p, id: p.id.trim(), name: p.name.trim(), transport });
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
          Mã máy in
          <input
            className="mc-input"
            name="printer-id"
            value={p.id}
            disabled={!isNew}
            placeholder="may-in-quay-3"
            onChange={(e) => setP((x) => ({ ...x, id: e.target.value }))}
          />
        </label>
        <label className="mc-field admin-grow">
          Tên máy in
          <input className="mc-input" name="printer-name" value={p.name} maxLength={120} onChange={(e) => setP((x) => ({ ...x, name: e.target.value }))} />
        </label>
      </div>
      <div className="admin-card-row">
        <label className="mc-field">
          Kết nối
          <select className="mc-input" name="transport" value={tr.kind} onChange={(e) => setTransport(e.target.value as TransportConfig['kind'])}>
            <option value="tcp">Mạng LAN (TCP, cổng 9100)</option>
            <option value="usb-file">USB (/dev/usb/lp…)</option>
            <option value="serial">Cổng nối tiếp (COM / ttyUSB)</option>
            <option value="virtual">Máy in ảo (thử nghiệm)</option>
          </select>
        </label>
        {tr.kind === 'tcp' ? (
          <>
            <label className="mc-field admin-grow">
              Địa chỉ IP / tên máy
              <input
                className="mc-input"
                name="host"
                value={tr.host}
                placeholder="192.168.1.50"
                onChange={(e) => setP((x) => ({ ...x, transport: { ...tr, host: e.target.value } }))}
              />
            </label>
            <label className="mc-field">
              Cổng
              <input
                className="mc-input admin-w-sm"
                name="port"
                inputMode="numeric"
                value={tr.port}
                onChange={(e) => setP((x) => ({ ...x, transport: { ...tr, port: int(e.target.value, 0) } }))}
              />
            </label>
          </>
        ) : null}
        {tr.kind === 'usb-file' || tr.kind === 'serial' ? (
          <label className="mc-field admin-grow">
            Đường dẫn thiết bị
            <input
              className="mc-input"
              name="path"
              value={tr.path}
              onChange={(e) => setP((x) => ({ ...x, transport: { ...tr, path: e.target.value } }))}
            />
          </label>
        ) : null}
        {tr.kind === 'serial' ? (
          <label className="mc-field">
            Tốc độ (baud)
            <select
              className="mc-input"
              name="baud"
              value={tr.baudRate}
              onChange={(e) => setP((x) => ({ ...x, transport: { ...tr, baudRate: Number(e.target.value) } }))}
            >
              {[9600, 19200, 38400, 57600, 115200].map((b) => (
                <option key={b} value={b}>
                  {b}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      <div className="admin-card-row">
        <label className="mc-field">
          Khổ in
          <select
            className="mc-input"
            name="width"
            value={p.widthDots}
            onChange={(e) =>
              setP((x) => (e.target.value === '512' ? { ...x, widthDots: 512, dpi: 180 } : { ...x, widthDots: 576, dpi: 203 }))
            }
          >
            <option value={576}>576 điểm, 203 dpi (phần lớn máy 80 mm)</option>
            <option value={512}>512 điểm, 180 dpi (Epson TM-T88/T70)</option>
          </select>
        </label>
        <label className="mc-field">
          Cắt giấy
          <select className="mc-input" name="cut" value={p.cut} onChange={(e) => setP((x) => ({ ...x, cut: e.target.value as PrinterProfile['cut'] }))}>
            <option value="partial">Cắt một phần</option>
            <option value="full">Cắt đứt hẳn</option>
            <option value="none">Không cắt</option>
          </select>
        </label>
        <label className="admin-inline">
          <input
            type="checkbox"
            className="admin-check"
            checked={p.textMode === 'tcvn3'}
            onChange={(e) => setP((x) => ({ ...x, textMode: e.target.checked ? 'tcvn3' : null }))}
          />
          In chữ bằng bảng mã TCVN-3 của máy (chỉ máy đã kiểm tra)
        </label>
      </div>
      <BigButton type="submit" disabled={busy}>
        Lưu máy in
      </BigButton>
    </form>
  );
}
