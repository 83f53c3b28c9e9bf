import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { UserRole } from '@motcua/protocol';
import { BigButton, createUser, listUsers, Notice, t, type AdminUser, type MessageKey } from '@motcua/ui';
import { useNotice } from './useNotice.js';

const ROLES: UserRole[] = ['clerk', 'officer', 'admin'];

export function UsersTab({ token }: { token: string }) {
  const [users, setUsers] = useState<AdminUser[] | null>(null);
  const [form, setForm] = useState({ username: '', displayName: '', role: 'clerk' as UserRole, password: '' });
  const { notice, show, dismiss } = useNotice();

  const reload = useCallback(async () => {
    const r = await listUsers({ token });
    if (r.ok) setUsers(r.data);
    else show('error', r.error.message);
  }, [token, show]);
  useEffect(() => {
    void reload();
  }, [reload]);

  async function create(e: FormEvent) {
    e.preventDefault();
    const r = await createUser({ ...form, username: form.username.trim(), displayName: form.displayName.trim() }, { token });
    if (!r.ok) return show('error', r.error.message);
    show('ok', t('admin.user.created', { username: form.username.trim() }));
    setForm({ username: '', displayName: '', role: 'clerk', password: '' });
    void reload();
  }

  return (
    <section className="admin-section">
      <Notice notice={notice} onDismiss={dismiss} />
      <form className="admin-form-row" onSubmit={create} autoComplete="off">
        <label className="mc-field">
          {t('admin.user.username')}
          <input
            className="mc-input"
            value={form.username}
            onChange={(e) => setForm({ ...form, username: e.target.value.toLowerCase() })}
          />
        </label>
        <label className="mc-field admin-grow">
          {t('admin.user.displayName')}
          <input className="mc-input" value={form.displayName} onChange={(e) => setForm({ ...form, displayName: e.target.value })} />
        </label>
        <label className="mc-field">
          {t('admin.user.role')}
          <select className="mc-input" value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as UserRole })}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label className="mc-field">
          {t('admin.user.password')}
          <input
            className="mc-input"
            type="password"
            autoComplete="new-password"
            value={form.password}
            onChange={(e) => setForm({ ...form, password: e.target.value })}
          />
        </label>
        <BigButton type="submit" disabled={!form.username.trim() || !form.displayName.trim() || !form.password}>
          {t('admin.user.create')}
        </BigButton>
      </form>
      <table className="admin-table">
        <thead>
          <tr>
            <th>{t('admin.user.username')}</th>
            <th>{t('admin.user.displayName')}</th>
            <th>{t('admin.user.role')}</th>
          </tr>
        </thead>
        <tbody>
          {(users ?? []).map((u) => (
            <tr key={u.id}>
              <td>
                <code>{u.username}</code>
              </td>
              <td>{u.displayName}</td>
              <td>{t(`role.${u.role}` as MessageKey)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
