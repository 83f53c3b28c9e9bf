import { useState, type FormEvent } from 'react';
import type { LoginResult, UserRole } from '@motcua/protocol';
import { login } from '../client/rest.js';
import { t } from '../i18n/t.js';
import { ErrorLine } from './Notice.js';
import { BigButton } from './BigButton.js';

/** Username + password → a session of one of `roles`; shows the hub's Vietnamese message on failure. */
export function LoginForm({
  roles,
  title,
  notice,
  onLogin,
}: {
  roles: readonly UserRole[];
  title: string;
  notice?: string | null;
  onLogin: (session: LoginResult) => void;
}) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    const r = await login(username.trim(), password);
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    if (!roles.includes(r.data.user.role)) return setError(t('login.wrongRole'));
    onLogin(r.data);
  }

  return (
    <form className="mc-login" onSubmit={submit}>
      <h1>{title}</h1>
      {notice && !error ? <p className="mc-notice mc-notice-info">{notice}</p> : null}
      <ErrorLine>{error}</ErrorLine>
      <label className="mc-field">
        {t('login.username')}
        <input
          className="mc-input"
          name="username"
          autoComplete="username"
          autoFocus
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
      </label>
      <label className="mc-field">
        {t('login.password')}
        <input
          className="mc-input"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      <BigButton type="submit" disabled={busy || !username.trim() || !password}>
        {busy ? t('login.busy') : t('login.submit')}
      </BigButton>
    </form>
  );
}
