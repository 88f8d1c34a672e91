import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, currentRefreshToken, forgetTokens, onSignedOut, resumeSession, signedIn, type Schemas } from '../api/client';
import { ok } from '../api/problem';

export type User = Schemas['UserResponse'];

interface Session {
  /** undefined while a session is being resumed after a reload; null when signed out. */
  user: User | null | undefined;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | undefined>(undefined);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const queryClient = useQueryClient();

  const loadUser = useCallback(async () => setUser(await ok(api.GET('/api/v1/auth/me'))), []);

  useEffect(() => {
    void resumeSession().then((resumed) => (resumed ? loadUser().catch(() => setUser(null)) : setUser(null)));
    return onSignedOut(() => {
      queryClient.clear();
      setUser(null);
    });
  }, [loadUser, queryClient]);

  const session = useMemo<Session>(
    () => ({
      user,
      async signIn(email, password) {
        signedIn(await ok(api.POST('/api/v1/auth/login', { body: { email, password } })));
        await loadUser();
      },
      async signOut() {
        const refreshToken = currentRefreshToken();
        if (refreshToken) await api.POST('/api/v1/auth/logout', { body: { refreshToken } }).catch(() => undefined);
        forgetTokens();
        queryClient.clear();
        setUser(null);
      },
    }),
    [user, loadUser, queryClient],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user: only for screens drawn after sign-in. */
export function useUser(): User {
  const { user } = useSession();
  if (!user) throw new Error('no user signed in');
  return user;
}
