import { useTranslation } from 'react-i18next';
import { Redirect, Route, Switch } from 'wouter';
import { useAuth } from '../auth/AuthContext.js';
import type { Role } from '../auth/identity.js';
import { Layout } from '../components/Layout.js';
import { CenterWeekPage } from '../pages/center/CenterWeekPage.js';
import { ClosurePage } from '../pages/center/ClosurePage.js';
import { AuditPage } from '../pages/coordinator/AuditPage.js';
import { DemandPage } from '../pages/coordinator/DemandPage.js';
import { PlanPage } from '../pages/coordinator/PlanPage.js';
import { RepairPage } from '../pages/coordinator/RepairPage.js';
import { BusDayPage } from '../pages/dispatcher/BusDayPage.js';
import { BusDaysPage } from '../pages/dispatcher/BusDaysPage.js';
import { DriverSheetsPage } from '../pages/dispatcher/DriverSheetsPage.js';
import { AbsencePage } from '../pages/instructor/AbsencePage.js';
import { InstructorWeekPage } from '../pages/instructor/InstructorWeekPage.js';
import { SignInPage } from '../pages/SignInPage.js';
import { roleHome } from './roleHome.js';
import { defaultWeek, isWeek } from './weeks.js';

/** A role's screen under the layout, or the role's home when the path or the week is not theirs. */
function RoleRoute({ allowed, week, children }: { allowed: Role; week: string; children: React.ReactNode }) {
  const { identity } = useAuth();
  if (!identity) return <Redirect to="/sign-in" replace />;
  if (identity.role !== allowed || !isWeek(week))
    return <Redirect to={roleHome(identity.role, defaultWeek())} replace />;
  return <Layout week={week}>{children}</Layout>;
}

export function AppRoutes() {
  const { identity } = useAuth();
  const { t } = useTranslation();
  return (
    <Switch>
      <Route path="/sign-in">
        {identity ? <Redirect to={roleHome(identity.role, defaultWeek())} /> : <SignInPage />}
      </Route>
      <Route path="/coordinator/:week/plan">
        {({ week }) => (
          <RoleRoute allowed="coordinator" week={week}>
            <PlanPage week={week} />
          </RoleRoute>
        )}
      </Route>
      <Route path="/coordinator/:week/demand">
        {({ week }) => (
          <RoleRoute allowed="coordinator" week={week}>
            <DemandPage week={week} />
          </RoleRoute>
        )}
      </Route>
      <Route path="/coordinator/:week/repair">
        {({ week }) => (
          <RoleRoute allowed="coordinator" week={week}>
            <RepairPage week={week} />
          </RoleRoute>
        )}
      </Route>
      <Route path="/coordinator/:week/audit">
        {({ week }) => (
          <RoleRoute allowed="coordinator" week={week}>
            <AuditPage />
          </RoleRoute>
        )}
      </Route>
      <Route path="/dispatcher/:week/print/:busId/:date">
        {({ week, busId, date }) => (
          <RoleRoute allowed="dispatcher" week={week}>
            <DriverSheetsPage week={week} busId={busId} date={date} />
          </RoleRoute>
        )}
      </Route>
      <Route path="/dispatcher/:week/print">
        {({ week }) => (
          <RoleRoute allowed="dispatcher" week={week}>
            <DriverSheetsPage week={week} />
          </RoleRoute>
        )}
      </Route>
      <Route path="/dispatcher/:week/:busId/:date">
        {({ week, busId, date }) => (
          <RoleRoute allowed="dispatcher" week={week}>
            <BusDayPage week={week} busId={busId} date={date} />
          </RoleRoute>
        )}
      </Route>
      <Route path="/dispatcher/:week">
        {({ week }) => (
          <RoleRoute allowed="dispatcher" week={week}>
            <BusDaysPage week={week} />
          </RoleRoute>
        )}
      </Route>
      <Route path="/center/:week/closure">
        {({ week }) => (
          <RoleRoute allowed="center-manager" week={week}>
            <ClosurePage week={week} />
          </RoleRoute>
        )}
      </Route>
      <Route path="/center/:week">
        {({ week }) => (
          <RoleRoute allowed="center-manager" week={week}>
            <CenterWeekPage week={week} />
          </RoleRoute>
        )}
      </Route>
      <Route path="/instructor/:week/absence">
        {({ week }) => (
          <RoleRoute allowed="instructor" week={week}>
            <AbsencePage week={week} />
          </RoleRoute>
        )}
      </Route>
      <Route path="/instructor/:week">
        {({ week }) => (
          <RoleRoute allowed="instructor" week={week}>
            <InstructorWeekPage week={week} />
          </RoleRoute>
        )}
      </Route>
      <Route path="/">
        <Redirect to={identity ? roleHome(identity.role, defaultWeek()) : '/sign-in'} replace />
      </Route>
      <Route>
        <main className="page">
          <p>{t('app.notFound')}</p>
        </main>
      </Route>
    </Switch>
  );
}
