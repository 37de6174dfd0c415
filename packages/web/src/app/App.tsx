import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { createApiClient } from '../api/apiClient.js';
import { ApiContext } from '../api/apiContext.js';
import { ApiError } from '../api/apiError.js';
import { type Auth, AuthContext } from '../auth/AuthContext.js';
import { identityOf } from '../auth/identity.js';
import { tokenStore } from '../auth/tokenStore.js';
import type { AppConfig } from '../config/appConfig.js';
import { AppRoutes } from './AppRoutes.js';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Refusals (403, 404, 422) are answers, not glitches: show them at once.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

/** A stored token that still has a minute to live, with the identity it carries. */
function storedSession() {
  const token = tokenStore.read();
  const identity = token ? identityOf(token) : undefined;
  if (!token || !identity || identity.expiresAt * 1000 < Date.now() + 60_000) return {};
  return { token, identity };
}

export function App({ config }: { config: AppConfig }) {
  const [session, setSession] = useState(storedSession);
  const [signedOutBecause, setSignedOutBecause] = useState<'expired'>();

  const signOut = useCallback((reason?: 'expired') => {
    tokenStore.clear();
    queryClient.clear();
    setSignedOutBecause(reason);
    setSession({});
  }, []);

  const signIn = useCallback((token: string) => {
    const identity = identityOf(token);
    if (!identity) throw new Error('the token names no role');
    tokenStore.write(token);
    setSignedOutBecause(undefined);
    setSession({ token, identity });
  }, []);

  // Sign out when the token expires, rather than let calls fail one by one.
  useEffect(() => {
    if (!session.identity) return;
    const left = session.identity.expiresAt * 1000 - Date.now();
    const timer = setTimeout(() => signOut('expired'), Math.max(0, left));
    return () => clearTimeout(timer);
  }, [session.identity, signOut]);

  const api = useMemo(
    () =>
      createApiClient(
        config.apiUrl,
        () => tokenStore.read(),
        () => signOut('expired'),
      ),
    [config.apiUrl, signOut],
  );
  const auth: Auth = { config, ...session, signedOutBecause, signIn, signOut };

  return (
    <AuthContext.Provider value={auth}>
      <ApiContext.Provider value={api}>
        <QueryClientProvider client={queryClient}>
          <Router hook={useHashLocation}>
            <AppRoutes />
          </Router>
        </QueryClientProvider>
      </ApiContext.Provider>
    </AuthContext.Provider>
  );
}
