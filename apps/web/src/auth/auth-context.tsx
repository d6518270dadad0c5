import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, session, type TokenPair } from '../api/client';
import { queryClient } from '../api/query';
import type { Me } from '../api/types';

interface AuthState {
  me: Me | null;
  /** True until the first /api/me answer for a stored session is in. */
  loading: boolean;
  login(login: string, password: string, totpCode?: string): Promise<Me>;
  logout(): Promise<void>;
  can(permission: string): boolean;
  reload(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState<boolean>(() => session.get() !== null);

  const reload = useCallback(async () => {
    if (!session.get()) {
      setMe(null);
      setLoading(false);
      return;
    }
    try {
      setMe(await api<Me>('/me'));
    } catch {
      session.set(null);
      setMe(null);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void reload();
    // a failed refresh elsewhere clears the session: reflect it at once
    return session.subscribe(() => {
      if (session.get()) return;
      setMe(null);
      // what one user loaded is never shown to the next
      queryClient.clear();
    });
  }, [reload]);

  const value = useMemo<AuthState>(
    () => ({
      me,
      loading,
      reload,
      async login(login, password, totpCode) {
        const tokens = await api<TokenPair>('/auth/login', {
          method: 'POST',
          // six digits are the authenticator's code; anything else is a recovery code
          body: {
            login,
            password,
            ...(totpCode
              ? /^\d{6}$/.test(totpCode.trim())
                ? { totpCode: totpCode.trim() }
                : { recoveryCode: totpCode.trim() }
              : {}),
          },
          anonymous: true,
        });
        queryClient.clear();
        session.set(tokens);
        const who = await api<Me>('/me');
        setMe(who);
        return who;
      },
      async logout() {
        try {
          await api('/auth/logout', { method: 'POST' });
        } catch {
          // the session ends locally whatever the server says
        }
        session.set(null);
        setMe(null);
      },
      can: (permission) => !!me?.permissions.includes(permission),
    }),
    [me, loading, reload],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
