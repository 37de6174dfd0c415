import type { Role } from '../auth/identity.js';

/** Each role's screens, by hash path. Views for the repair and month endpoints join these lists when they land. */
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
 * The navigation of each role. Planned views wait here as comments until their API exists:
 * coordinator `nav.repair` (pending changes, repair, diff against the plan in force, publish
 * the repair) and `nav.month` (month KPI charts, waitlist); dispatcher, center manager and
 * instructor "report a bus out of service / a closed room / an absence".
 */
export const NAV: Record<Role, NavItem[]> = {
  coordinator: [
    { label: 'nav.plan', path: (w) => `/coordinator/${w}/plan` },
    { label: 'nav.demand', path: (w) => `/coordinator/${w}/demand` },
  ],
  dispatcher: [
    { label: 'nav.busDays', path: (w) => `/dispatcher/${w}` },
    { label: 'nav.driverSheets', path: (w) => `/dispatcher/${w}/print` },
  ],
  'center-manager': [{ label: 'nav.centerWeek', path: (w) => `/center/${w}` }],
  instructor: [{ label: 'nav.mySessions', path: (w) => `/instructor/${w}` }],
};
