import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext.js';
import { finishCognitoSignIn, startCognitoSignIn } from '../auth/cognitoSignIn.js';
import { devSignIn, type SignableRegion } from '../auth/devSignIn.js';
import { ROLES, type Role } from '../auth/identity.js';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { Loading } from '../components/Loading.js';

/** Sign-in: the local server's dev identities, or Cognito's hosted UI on AWS. */
export function SignInPage() {
  const { t } = useTranslation();
  const { config, signedOutBecause } = useAuth();
  return (
    <main id="main" className="page sign-in">
      <div className="sign-in-top">
        <h1>
          {t('app.title')} · {t('signIn.title')}
        </h1>
        <LanguageSwitch />
      </div>
      {signedOutBecause === 'expired' && (
        <p className="notice" role="status">
          {t('signIn.expired')}
        </p>
      )}
      {config.auth.kind === 'dev' ? <DevSignIn apiUrl={config.apiUrl} /> : <CognitoSignIn {...config.auth} />}
    </main>
  );
}

function CognitoSignIn({ domain, clientId }: { domain: string; clientId: string }) {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    finishCognitoSignIn({ domain, clientId })
      .then((token) => token && signIn(token))
      .catch(setError);
  }, [domain, clientId, signIn]);
  return (
    <section>
      <p>{t('signIn.cognitoIntro')}</p>
      {error !== undefined && <ErrorNotice error={error} />}
      <button type="button" className="primary" onClick={() => void startCognitoSignIn({ domain, clientId })}>
        {t('signIn.cognitoSubmit')}
      </button>
    </section>
  );
}

function DevSignIn({ apiUrl }: { apiUrl: string }) {
  const { t } = useTranslation();
  const regions = useQuery({ queryKey: ['devRegions'], queryFn: () => devSignIn.regions(apiUrl) });
  if (regions.isPending) return <Loading />;
  if (regions.isError) return <ErrorNotice error={regions.error} onRetry={() => void regions.refetch()} />;
  if (regions.data.length === 0) return <p className="notice">{t('signIn.noRegions')}</p>;
  return (
    <>
      <p>{t('signIn.intro')}</p>
      <DevSignInForm apiUrl={apiUrl} regions={regions.data} />
    </>
  );
}

function DevSignInForm({ apiUrl, regions }: { apiUrl: string; regions: SignableRegion[] }) {
  const { t, i18n } = useTranslation();
  const { signIn } = useAuth();
  const ids = { region: useId(), center: useId(), instructor: useId(), filter: useId() };
  const [regionId, setRegionId] = useState(regions[0].regionId);
  const [role, setRole] = useState<Role>('coordinator');
  const region = regions.find((r) => r.regionId === regionId) ?? regions[0];
  const [busIds, setBusIds] = useState<string[]>(region.buses.slice(0, 1).map((b) => b.id));
  const [centerId, setCenterId] = useState(region.centers[0]?.id ?? '');
  const [instructorId, setInstructorId] = useState(region.instructors[0]?.id ?? '');
  const [instructorFilter, setInstructorFilter] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const areaName = useMemo(() => {
    const areas = new Map(region.areas.map((a) => [a.id, i18n.language === 'en' ? (a.nameEng ?? a.name) : a.name]));
    return (id: string) => areas.get(id) ?? id;
  }, [region, i18n.language]);
  const centerLabel = (c: SignableRegion['centers'][number]) => {
    const n = Number(/(\d+)$/.exec(c.id)?.[1] ?? 1);
    const key = n > 1 ? 'place.centerN' : 'place.center';
    return `${t(key, { area: areaName(c.areaId), n })} (${c.id})`;
  };
  const instructors = region.instructors.filter((i) =>
    `${i.id} ${i.name ?? ''}`.toLowerCase().includes(instructorFilter.trim().toLowerCase()),
  );

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const token = await devSignIn.token(apiUrl, {
        role,
        regionId,
        ...(role === 'dispatcher' ? { busIds } : {}),
        ...(role === 'center-manager' ? { centerId } : {}),
        ...(role === 'instructor' ? { instructorId } : {}),
      });
      signIn(token);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  return (
    <form className="sign-in-form" onSubmit={submit}>
      <div className="field">
        <label htmlFor={ids.region}>{t('signIn.region')}</label>
        <select id={ids.region} value={regionId} onChange={(e) => setRegionId(e.target.value)}>
          {regions.map((r) => (
            <option key={r.regionId} value={r.regionId}>
              {t(`region.${r.regionId}`, { defaultValue: r.name })} ({r.regionId})
            </option>
          ))}
        </select>
      </div>
      <fieldset className="roles">
        <legend>{t('signIn.role')}</legend>
        {ROLES.map((r) => (
          <label key={r} className="choice">
            <input type="radio" name="role" value={r} checked={role === r} onChange={() => setRole(r)} />
            {t(`roles.${r}`)}
          </label>
        ))}
      </fieldset>
      {role === 'dispatcher' && (
        <fieldset className="buses">
          <legend>{t('signIn.buses')}</legend>
          {region.buses.map((bus) => (
            <label key={bus.id} className="choice">
              <input
                type="checkbox"
                value={bus.id}
                checked={busIds.includes(bus.id)}
                onChange={(e) =>
                  setBusIds((ids) => (e.target.checked ? [...ids, bus.id] : ids.filter((id) => id !== bus.id)))
                }
              />
              {t('place.bus', { n: Number(/(\d+)$/.exec(bus.id)?.[1] ?? bus.id) })} ({bus.id})
            </label>
          ))}
        </fieldset>
      )}
      {role === 'center-manager' && (
        <div className="field">
          <label htmlFor={ids.center}>{t('signIn.center')}</label>
          <select id={ids.center} value={centerId} onChange={(e) => setCenterId(e.target.value)}>
            {region.centers.map((c) => (
              <option key={c.id} value={c.id}>
                {centerLabel(c)}
              </option>
            ))}
          </select>
        </div>
      )}
      {role === 'instructor' && (
        <>
          <div className="field">
            <label htmlFor={ids.filter}>{t('signIn.instructorFilter')}</label>
            <input
              id={ids.filter}
              type="search"
              value={instructorFilter}
              onChange={(e) => setInstructorFilter(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.instructor}>{t('signIn.instructor')}</label>
            <select id={ids.instructor} value={instructorId} onChange={(e) => setInstructorId(e.target.value)}>
              {instructors.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name ?? t('place.instructor', { n: i.id.replace(/^i-/, '') })} ({i.id})
                </option>
              ))}
            </select>
          </div>
        </>
      )}
      {error !== undefined && <ErrorNotice error={error} />}
      <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
        {busy ? t('signIn.signingIn') : t('signIn.submit')}
      </button>
    </form>
  );
}
