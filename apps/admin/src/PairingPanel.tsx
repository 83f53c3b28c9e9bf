import { useState, type FormEvent } from 'react';
import { BigButton, ErrorLine, formatDate, formatTime, useHub } from '@motcua/ui';
import { createPairingCode, type PairingRole } from './api.js';

const ROLE_LABEL: Record<PairingRole, string> = {
  kiosk: 'Máy lấy số (kiosk)',
  display: 'Màn hình TV phòng chờ',
  desk: 'Máy tính quầy',
  'counter-display': 'Màn hình trên quầy',
};

/** "Tạo mã ghép nối": a one-time code that a new machine types on its first-run screen. */
export function PairingPanel({ token, printers }: { token: string; printers: Array<{ id: string; name: string }> }) {
  const { snapshot } = useHub();
  const tz = snapshot?.office.timeZone ?? 'Asia/Ho_Chi_Minh';
  const counters = [...(snapshot?.counters ?? [])].sort((a, b) => a.number - b.number);
  const [name, setName] = useState('');
  const [role, setRole] = useState<PairingRole>('kiosk');
  const [counterId, setCounterId] = useState('');
  const [printerId, setPrinterId] = useState('');
  const [code, setCode] = useState<{ code: string; expiresAt: string; name: string; role: PairingRole } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const needsCounter = role === 'counter-display' || role === 'desk';

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) return setError('Vui lòng đặt tên cho máy mới.');
    if (role === 'counter-display' && !counterId) return setError('Màn hình trên quầy cần chọn quầy.');
    const r = await createPairingCode(
      {
        name: name.trim(),
        role,
        counterId: needsCounter && counterId ? counterId : null,
        printerId: role === 'kiosk' && printerId ? printerId : null,
      },
      token,
    );
    if (!r.ok) return setError(r.error.message);
    setError(null);
    setCode({ ...r.data, name: name.trim(), role });
    setName('');
  }

  return (
    <div className="admin-card admin-stretch" data-testid="pairing">
      <div className="admin-sub">Ghép nối máy mới bằng mã (cho máy chạy ứng dụng motcua)</div>
      <form className="admin-card-row" onSubmit={(e) => void submit(e)}>
        <label className="mc-field admin-grow">
          Tên máy
          <input className="mc-input" name="pair-name" value={name} maxLength={80} placeholder="vd: Kiosk sảnh chính" onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="mc-field">
          Loại
          <select className="mc-input" name="pair-role" value={role} onChange={(e) => setRole(e.target.value as PairingRole)}>
            {(Object.keys(ROLE_LABEL) as PairingRole[]).map((r) => (
              <option key={r} value={r}>
                {ROLE_LABEL[r]}
              </option>
            ))}
          </select>
        </label>
        {needsCounter ? (
          <label className="mc-field">
            Quầy
            <select className="mc-input" name="pair-counter" value={counterId} onChange={(e) => setCounterId(e.target.value)}>
              <option value="">{role === 'desk' ? 'Không gắn quầy' : 'Chọn quầy…'}</option>
              {counters.map((c) => (
                <option key={c.id} value={c.id}>
                  Quầy {c.number} — {c.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {role === 'kiosk' ? (
          <label className="mc-field">
            Máy in phiếu
            <select className="mc-input" name="pair-printer" value={printerId} onChange={(e) => setPrinterId(e.target.value)}>
              <option value="">Không có máy in</option>
              {printers.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <BigButton type="submit">Tạo mã ghép nối</BigButton>
      </form>
      <ErrorLine as="div">{error}</ErrorLine>
      {code ? (
        <div className="admin-pair-code">
          <div>
            Mã cho <b>{code.name}</b> ({ROLE_LABEL[code.role]}): nhập trên màn hình khởi động của máy mới.
          </div>
          <div className="admin-code" data-testid="pairing-code" aria-label={code.code.split('').join(' ')}>
            {code.code}
          </div>
          <div>
            Dùng được một lần, hết hạn lúc <b>{formatTime(code.expiresAt, tz)}</b> ngày {formatDate(code.expiresAt, tz)} (30 phút).
          </div>
        </div>
      ) : null}
    </div>
  );
}
