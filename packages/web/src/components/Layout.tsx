import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useDirectory, usePlanInForce } from '../api/queries.js';
import { RegionContext } from '../app/RegionContext.js';
import { NAV } from '../app/roleHome.js';
import { useAuth, useIdentity } from '../auth/AuthContext.js';
import type { Identity } from '../auth/identity.js';
import { dateFormat } from '../format/dates.js';
import { type PlaceNames, placeNames } from '../format/names.js';
import { ErrorNotice } from './ErrorNotice.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { Loading } from './Loading.js';
import { WeekPicker } from './WeekPicker.js';

function scopeOf(identity: Identity, names: PlaceNames, regionName: string): string {
  switch (identity.role) {
    case 'coordinator':
      return regionName;
    case 'dispatcher':
      return identity.busIds.map(names.bus).join(', ');
    case 'center-manager':
      return identity.centerId ? names.center(identity.centerId) : regionName;
    case 'instructor':
      return identity.instructorId ? names.instructor(identity.instructorId) : regionName;
  }
}

/** The frame of every signed-in screen: skip link, header (who, week, language, sign-out), navigation, main. */
export function Layout({ week, children }: { week: string; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const identity = useIdentity();
  const { signOut } = useAuth();
  const [location] = useLocation();
  const directory = useDirectory(identity.regionId);
  // Coordinators' and dispatchers' screens start from the plan in force: ask for it beside the
  // directory rather than after it (the query is cached; the page reads the same answer).
  usePlanInForce(identity.regionId, week, identity.role === 'coordinator' || identity.role === 'dispatcher');
  const names = directory.data ? placeNames(directory.data, t, i18n.language) : undefined;
  const dates = dateFormat(t, i18n.language, directory.data?.region.timezone);
  const regionName = names?.region() ?? identity.regionId;

  return (
    <>
      {/* A button, not a link to #main: the app routes on the hash, so a fragment link would navigate. */}
      <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
        {t('app.skipToContent')}
      </button>
      <header className="app-header">
        <div className="brand">
          <span className="brand-title">{t('app.title')}</span>
          <span className="brand-subtitle">{t('app.subtitle')}</span>
        </div>
        <p className="who">
          {t('app.signedInAs', {
            role: t(`roles.${identity.role}`),
            scope: names ? scopeOf(identity, names, regionName) : regionName,
          })}
        </p>
        <WeekPicker week={week} label={dates.week(week)} />
        <LanguageSwitch />
        <button type="button" onClick={() => signOut()}>
          {t('app.signOut')}
        </button>
      </header>
      <nav className="app-nav" aria-label={t('app.mainNav')}>
        <ul>
          {NAV[identity.role].map((item) => {
            const path = item.path(week);
            return (
              <li key={item.label}>
                <Link href={path} aria-current={location === path ? 'page' : undefined}>
                  {t(item.label)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <main id="main" tabIndex={-1} className="page">
        {directory.isPending ? (
          <Loading />
        ) : directory.isError ? (
          <ErrorNotice error={directory.error} onRetry={() => void directory.refetch()} />
        ) : (
          <RegionContext.Provider value={directory.data}>{children}</RegionContext.Provider>
        )}
      </main>
    </>
  );
}
