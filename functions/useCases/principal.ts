export const ROLES = ['coordinator', 'dispatcher', 'center-manager', 'instructor'] as const;
export type Role = (typeof ROLES)[number];

/** The caller as the token's claims describe them. */
export interface Principal {
  subject?: string;
  roles: Role[];
  regionId?: string;
  centerId?: string;
  busIds: string[];
  instructorId?: string;
}
