import { createContext, useContext } from 'react';
import type { AppConfig } from '../config/appConfig.js';
import type { Identity } from './identity.js';

export interface Auth {
  config: AppConfig;
  identity?: Identity;
  token?: string;
  /** Why the person was signed out, shown on the sign-in page (an expired token). */
  signedOutBecause?: 'expired';
  signIn(token: string): void;
  signOut(reason?: 'expired'): void;
}

export const AuthContext = createContext<Auth | undefined>(undefined);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthContext');
  return auth;
}

/** The signed-in identity: only screens behind the sign-in use this. */
export function useIdentity(): Identity {
  const { identity } = useAuth();
  if (!identity) throw new Error('useIdentity without a signed-in identity');
  return identity;
}
