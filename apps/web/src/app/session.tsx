import type { LoginBody, SessionView } from '@pfc/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { type Access, accessOf } from './access';
import { ApiError, api, setCsrfToken, setSecondFactorHandler, setUnauthenticatedHandler } from './request';

export const SESSION_KEY = ['session'] as const;

interface SessionState {
  session: SessionView | null;
  loading: boolean;
  access: Access;
  signIn: (body: LoginBody) => Promise<SessionView>;
  /** Takes the session a second-factor step answered with (its cookie was renewed). */
  adoptSession: (view: SessionView) => void;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

async function fetchSession(): Promise<SessionView | null> {
  try {
    const session = await api.get<SessionView>('/auth/session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw err;
  }
}

/** Where to send the user back to after signing in: same-site paths only. */
export function safeRedirect(target: string | null | undefined): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/login')) return '/workbench';
  return target;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const query = useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 5 * 60_000, retry: 1 });
  const session = query.data ?? null;

  const dropSession = useCallback(() => {
    setCsrfToken(null);
    queryClient.setQueryData(SESSION_KEY, null);
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
  }, [queryClient]);

  // A signed-in request answered UNAUTHENTICATED: the session expired or was revoked.
  useEffect(() => {
    setUnauthenticatedHandler(() => {
      dropSession();
      const here = `${location.pathname}${location.search}`;
      navigate(`/login?redirect=${encodeURIComponent(here)}&expired=1`, { replace: true });
    });
    return () => setUnauthenticatedHandler(null);
  }, [dropSession, navigate, location.pathname, location.search]);

  // The server wants the second factor first: fetch the session again and go to its step.
  useEffect(() => {
    setSecondFactorHandler(() => {
      void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
      const here = `${location.pathname}${location.search}`;
      if (location.pathname !== '/login') navigate(`/login?redirect=${encodeURIComponent(here)}`, { replace: true });
    });
    return () => setSecondFactorHandler(null);
  }, [queryClient, navigate, location.pathname, location.search]);

  const adoptSession = useCallback(
    (view: SessionView) => {
      setCsrfToken(view.csrfToken);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      queryClient.setQueryData(SESSION_KEY, view);
    },
    [queryClient],
  );

  const signIn = useCallback(
    async (body: LoginBody) => {
      const view = await api.post<SessionView>('/auth/login', body);
      adoptSession(view);
      return view;
    },
    [adoptSession],
  );

  const signOut = useCallback(async () => {
    try {
      await api.post('/auth/logout', {});
    } finally {
      dropSession();
      navigate('/', { replace: true });
    }
  }, [dropSession, navigate]);

  const value = useMemo<SessionState>(
    () => ({ session, loading: query.isPending, access: accessOf(session), signIn, adoptSession, signOut }),
    [session, query.isPending, signIn, adoptSession, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}
