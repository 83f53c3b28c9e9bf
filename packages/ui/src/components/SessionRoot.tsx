import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { LoginResult, UserRole } from '@motcua/protocol';
import { createHubClient } from '../client/hubClient.js';
import { logout } from '../client/rest.js';
import { clearSession, loadSession, saveSession } from '../client/tokens.js';
import { HubProvider, useHub } from '../client/useHub.js';
import { t } from '../i18n/t.js';
import { LoginForm } from './LoginForm.js';
import { RefusedScreen } from './RefusedScreen.js';

export interface SessionApi {
  session: LoginResult;
  logout: () => void;
}

/**
 * A page used by a logged-in person (desk, admin): the login form until there is a session
 * (kept in sessionStorage for the tab), then one hub connection with that session's token.
 * An expired session brings the login form back with a plain message.
 */
export function SessionRoot({
  roles,
  title,
  children,
}: {
  roles: readonly UserRole[];
  title: string;
  children: (api: SessionApi) => ReactNode;
}) {
  const [session, setSession] = useState<LoginResult | null>(() => loadSession());
  const [notice, setNotice] = useState<string | null>(null);
  const token = session?.token ?? null;
  const client = useMemo(() => (token ? createHubClient({ token }) : null), [token]);
  useEffect(() => () => client?.close(), [client]);

  if (!session || !client) {
    return (
      <LoginForm
        roles={roles}
        title={title}
        notice={notice}
        onLogin={(s) => {
          saveSession(s);
          setNotice(null);
          setSession(s);
        }}
      />
    );
  }

  const end = (message: string | null) => {
    clearSession();
    setNotice(message);
    setSession(null);
  };
  const api: SessionApi = {
    session,
    logout: () => {
      void logout({ token: session.token });
      end(null);
    },
  };
  return (
    <HubProvider client={client}>
      <SessionGuard onExpired={() => end(t('login.expired'))}>{children(api)}</SessionGuard>
    </HubProvider>
  );
}

function SessionGuard({ onExpired, children }: { onExpired: () => void; children: ReactNode }) {
  const { refused } = useHub();
  const expired = refused?.code === 'UNAUTHENTICATED';
  useEffect(() => {
    if (expired) onExpired();
  }, [expired, onExpired]);
  if (refused && !expired) return <RefusedScreen error={refused} />;
  return <>{children}</>;
}
