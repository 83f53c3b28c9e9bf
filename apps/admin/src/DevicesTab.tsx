import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { DeviceRole } from '@motcua/protocol';
import {
  BigButton,
  createDevice,
  formatDate,
  formatTime,
  listDevices,
  Notice,
  revokeDevice,
  t,
  useHub,
  type AdminDevice,
} from '@motcua/ui';
import { useNotice } from './useNotice.js';
import { PairingPanel } from './PairingPanel.js';

const PAGE_OF: Record<DeviceRole, string> = { kiosk: 'kiosk', display: 'tv' };

export function DevicesTab({ token }: { token: string }) {
  const [devices, setDevices] = useState<AdminDevice[] | null>(null);
  const [name, setName] = useState('');
  const [role, setRole] = useState<DeviceRole>('kiosk');
  const [created, setCreated] = useState<{ name: string; url: string } | null>(null);
  const { notice, show, dismiss } = useNotice();
  const { snapshot } = useHub();
  const tz = snapshot?.office.timeZone ?? 'Asia/Ho_Chi_Minh';
  const printers = (snapshot?.printers ?? []).map((p) => ({ id: p.id, name: p.name }));

  const reload = useCallback(async () => {
    const r = await listDevices({ token });
    if (r.ok) setDevices(r.data);
    else show('error', r.error.message);
  }, [token, show]);
  useEffect(() => {
    void reload();
    // a machine paired with a code appears by itself (the hub does not broadcast devices)
    const id = setInterval(() => {
      if (document.visibilityState === 'visible') void reload();
    }, 10_000);
    return () => clearInterval(id);
  }, [reload]);

  async function create(e: FormEvent) {
    e.preventDefault();
    const r = await createDevice({ name: name.trim(), role }, { token });
    if (!r.ok) return show('error', r.error.message);
    setCreated({
      name: r.data.device.name,
      url: `${window.location.origin}/${PAGE_OF[r.data.device.role]}/?token=${encodeURIComponent(r.data.token)}`,
    });
    setName('');
    void reload();
  }

  async function revoke(d: AdminDevice) {
    if (!window.confirm(t('admin.device.confirmRevoke', { name: d.name }))) return;
    const r = await revokeDevice(d.id, { token });
    if (!r.ok) show('error', r.error.message);
    else show('ok', `${t('admin.device.revoked')}: ${d.name}`);
    void reload();
  }

  return (
    <section className="admin-section">
      <Notice notice={notice} onDismiss={dismiss} />
      <PairingPanel token={token} printers={printers} />
      <div className="admin-sub">Hoặc tạo thiết bị chạy trong trình duyệt (đường dẫn có mã thiết bị)</div>
      <form className="admin-form-row" onSubmit={create}>
        <label className="mc-field admin-grow">
          {t('admin.device.name')}
          <input className="mc-input" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="mc-field">
          {t('admin.device.role')}
          <select className="mc-input" value={role} onChange={(e) => setRole(e.target.value as DeviceRole)}>
            <option value="kiosk">{t('admin.device.role.kiosk')}</option>
            <option value="display">{t('admin.device.role.display')}</option>
          </select>
        </label>
        <BigButton type="submit" disabled={!name.trim()}>
          {t('admin.device.create')}
        </BigButton>
      </form>
      {created ? (
        <div className="mc-notice mc-notice-ok admin-created">
          <div>
            <div>
              {created.name} — {t('admin.device.url')}
            </div>
            <a href={created.url} className="admin-url">
              {created.url}
            </a>
          </div>
        </div>
      ) : null}
      <table className="admin-table">
        <thead>
          <tr>
            <th>{t('admin.device.name')}</th>
            <th>{t('admin.device.role')}</th>
            <th>{t('admin.device.created')}</th>
            <th>Máy in</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {(devices ?? []).map((d) => (
            <tr key={d.id} className={d.revokedAt ? 'is-revoked' : undefined}>
              <td>{d.name}</td>
              <td>{t(d.role === 'kiosk' ? 'admin.device.role.kiosk' : 'admin.device.role.display')}</td>
              <td>{d.createdAt ? `${formatTime(d.createdAt, tz)} ${formatDate(d.createdAt, tz)}` : ''}</td>
              <td>{d.role === 'kiosk' ? (printers.find((p) => p.id === d.printerId)?.name ?? (d.printerId ? String(d.printerId) : '—')) : ''}</td>
              <td>
                {d.revokedAt ? (
                  t('admin.device.revoked')
                ) : (
                  <BigButton tone="danger" onClick={() => void revoke(d)}>
                    {t('admin.device.revoke')}
                  </BigButton>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
