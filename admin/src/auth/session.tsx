import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { UserManager } from 'oidc-client-ts';
import type { AdminConfig } from './admin-config';
import { CALLBACK_PATH, createUserManager } from './oidc';

/** A signed-in person's bearer token, in memory only (never in localStorage or a cookie). */
export interface Session {
  token: string;
  expiresAt: number;
  source: 'oidc' | 'development';
}

export interface DevelopmentPerson {
  nif: string;
  name: string;
  roles: string[];
  represents?: { nif: string; name: string } | null;
}

interface SessionContextValue {
  config: AdminConfig;
  session: Session | null;
  /** The token for the next request, or null (read by the GraphQL client on every request). */
  token: () => string | null;
  signInWithProvider(): Promise<void>;
  /** Answers the error message of the service, or null when signed in. */
  signInForDevelopment(person: DevelopmentPerson): Promise<{ field: string; message: string } | null>;
  signOut(reason?: 'expired'): void;
  /** Why the last session ended, when it was not the person's choice. */
  endedBecause: 'expired' | null;
  /** Back from the identity provider: the exchange of the code in progress, or why it failed. */
  callback: { pending: boolean; error: string | null };
  /** Where to go after signing in with the provider (a client route, without the /admin base). */
  returnTo: string | null;
}

/** '/admin/diba/fitxes?x=1' → '/diba/fitxes?x=1': the router's own paths are below its basename. */
const clientRoute = (path: unknown): string => {
  const base = import.meta.env.BASE_URL;
  if (typeof path !== 'string' || !path.startsWith(base) || path.startsWith(CALLBACK_PATH)) return '/';
  return `/${path.slice(base.length)}`;
};

const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

export function SessionProvider({ config, children }: { config: AdminConfig; children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(null);
  const [endedBecause, setEndedBecause] = useState<'expired' | null>(null);
  const [callback, setCallback] = useState({ pending: window.location.pathname === CALLBACK_PATH, error: null as string | null });
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const sessionRef = useRef<Session | null>(null);
  sessionRef.current = session;
  const userManager = useMemo<UserManager | null>(() => (config.oidc ? createUserManager(config.oidc) : null), [config.oidc]);

  // Back from the identity provider: exchange the code (PKCE) and keep the user in memory.
  useEffect(() => {
    if (!userManager) return;
    const fromUser = (user: { access_token: string; expires_at?: number } | null) => {
      if (user) setSession({ token: user.access_token, expiresAt: (user.expires_at ?? 0) * 1000, source: 'oidc' });
    };
    userManager.events.addUserLoaded(fromUser);
    userManager.events.addUserUnloaded(() => setSession(null));
    if (window.location.pathname === CALLBACK_PATH) {
      // The router leaves /callback for returnTo once the session is there (App.tsx).
      userManager.signinRedirectCallback().then((user) => {
        setReturnTo(clientRoute(user.state));
        fromUser(user);
        setCallback({ pending: false, error: null });
      }, (error: unknown) => setCallback({ pending: false, error: error instanceof Error ? error.message : String(error) }));
    }
  }, [userManager]);

  const signOut = useCallback((reason?: 'expired') => {
    setSession(null);
    setEndedBecause(reason ?? null);
    if (userManager && sessionRef.current?.source === 'oidc' && !reason) void userManager.signoutRedirect().catch(() => undefined);
  }, [userManager]);

  const value = useMemo<SessionContextValue>(() => ({
    config,
    session,
    endedBecause,
    callback,
    returnTo,
    token: () => {
      const current = sessionRef.current;
      return current && current.expiresAt > Date.now() ? current.token : null;
    },
    async signInWithProvider() {
      if (!userManager) return;
      const here = window.location.pathname + window.location.search;
      await userManager.signinRedirect({ state: here === CALLBACK_PATH ? import.meta.env.BASE_URL : here });
    },
    async signInForDevelopment(person) {
      const response = await fetch(`${import.meta.env.BASE_URL}dev-token`, {
        method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(person),
      });
      const body = (await response.json().catch(() => ({}))) as { token?: string; expiresIn?: number; errors?: { message: string; extensions?: { field?: string } }[] };
      if (!response.ok || !body.token) {
        const error = body.errors?.[0];
        return { field: error?.extensions?.field ?? 'body', message: error?.message ?? `HTTP ${response.status}` };
      }
      setEndedBecause(null);
      setSession({ token: body.token, expiresAt: Date.now() + (body.expiresIn ?? 3600) * 1000, source: 'development' });
      return null;
    },
    signOut,
  }), [config, session, endedBecause, callback, returnTo, userManager, signOut]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
