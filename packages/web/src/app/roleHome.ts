import type { Role } from '../auth/identity.js';

/** Each role's home screen, by hash path. */
export function roleHome(role: Role, week: string): string {
  switch (role) {
    case 'coordinator':
      return `/coordinator/${week}/plan`;
    case 'dispatcher':
      return `/dispatcher/${week}`;
    case 'center-manager':
      return `/center/${week}`;
    case 'instructor':
      return `/instructor/${week}`;
  }
}

export interface NavItem {
  /** Message key of the link's text. */
  label: string;
  path: (week: string) => string;
}

/**
 * The navigation of each role. The dispatcher reports a bus out of service from the bus-day
 * view, not from a screen of its own. Still waiting for its API: the coordinator's `nav.month`
 * (month KPI charts, waitlist).
 */
export const NAV: Record<Role, NavItem[]> = {
  coordinator: [
    { label: 'nav.plan', path: (w) => `/coordinator/${w}/plan` },
    { label: 'nav.demand', path: (w) => `/coordinator/${w}/demand` },
    { label: 'nav.repair', path: (w) => `/coordinator/${w}/repair` },
    { label: 'nav.audit', path: (w) => `/coordinator/${w}/audit` },
  ],
  dispatcher: [
    { label: 'nav.busDays', path: (w) => `/dispatcher/${w}` },
    { label: 'nav.driverSheets', path: (w) => `/dispatcher/${w}/print` },
  ],
  'center-manager': [
    { label: 'nav.centerWeek', path: (w) => `/center/${w}` },
    { label: 'nav.closure', path: (w) => `/center/${w}/closure` },
  ],
  instructor: [
    { label: 'nav.mySessions', path: (w) => `/instructor/${w}` },
    { label: 'nav.absence', path: (w) => `/instructor/${w}/absence` },
  ],
};
