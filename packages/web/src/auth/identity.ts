import { z } from 'zod';

export const ROLES = ['coordinator', 'dispatcher', 'center-manager', 'instructor'] as const;
export type Role = (typeof ROLES)[number];

/** Who the token speaks for: the claims the API checks, read (not verified: the API does that) for the screens. */
export interface Identity {
  role: Role;
  regionId: string;
  centerId?: string;
  busIds: string[];
  instructorId?: string;
  /** Seconds since the epoch. */
  expiresAt: number;
}

const claimsSchema = z.object({
  'cognito:groups': z.array(z.string()).min(1),
  'custom:regionId': z.string().min(1),
  'custom:centerId': z.string().optional(),
  'custom:busIds': z.string().optional(),
  'custom:instructorId': z.string().optional(),
  exp: z.number(),
});

/** The identity a JWT (a dev token or a Cognito ID token) carries, or undefined if it carries none. */
export function identityOf(token: string): Identity | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const json = new TextDecoder().decode(
      Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)),
    );
    const claims = claimsSchema.parse(JSON.parse(json));
    const role = ROLES.find((r) => claims['cognito:groups'].includes(r));
    if (!role) return undefined;
    return {
      role,
      regionId: claims['custom:regionId'],
      centerId: claims['custom:centerId'],
      busIds: (claims['custom:busIds'] ?? '').split(',').filter(Boolean),
      instructorId: claims['custom:instructorId'],
      expiresAt: claims.exp,
    };
  } catch {
    return undefined;
  }
}
