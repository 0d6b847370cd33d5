import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { ApiError, api, useCsrfToken } from './client.ts';

export type Role = 'admin' | 'billing' | 'noc' | 'sales' | 'provider' | 'customer';

export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  /** Operator staff limited to one seller. */
  readonly sellerId: string | null;
  readonly providerId: string | null;
  readonly customerId: string | null;
  readonly language: 'nl' | 'en';
}

/** What `GET /auth/session` and `POST /auth/sign-in` answer. */
export interface SessionAnswer {
  readonly user: SessionUser;
  readonly csrfToken: string;
}

interface SessionState {
  readonly user: SessionUser | null;
  readonly checked: boolean;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(null);
  const [checked, setChecked] = useState(false);

  const accept = useCallback((answer: SessionAnswer | null) => {
    useCsrfToken(answer?.csrfToken);
    setUser(answer?.user ?? null);
    setChecked(true);
  }, []);

  useEffect(() => {
    api.get<SessionAnswer>('/auth/session').then(accept, (error: unknown) => {
      if (error instanceof ApiError && error.status === 401) accept(null);
      else accept(null);
    });
  }, [accept]);

  const signIn = useCallback(
    async (email: string, password: string) =>
      accept(await api.post<SessionAnswer>('/auth/sign-in', { email, password })),
    [accept],
  );
  const signOut = useCallback(async () => {
    await api.post('/auth/sign-out');
    accept(null);
  }, [accept]);

  return (
    <SessionContext.Provider value={{ user, checked, signIn, signOut }}>{children}</SessionContext.Provider>
  );
}

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

export const staffRoles: readonly Role[] = ['admin', 'billing', 'noc', 'sales'];
