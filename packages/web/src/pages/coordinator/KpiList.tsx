import type { Plan } from '@baeum/model';
import { useRegion } from '../../app/RegionContext.js';

/** The plan's KPIs as named figures (운영 지표). */
export function KpiList({ plan }: { plan: Plan }) {
  const { t, numbers } = useRegion();
  const k = plan.kpis;
  const served = k.learnersRequested ? k.learnersServed / k.learnersRequested : 0;
  const items: [string, string][] = [
    ['kpi.sessions', numbers.sessions(plan.sessions.length)],
    [
      'kpi.learnersServed',
      `${numbers.people(k.learnersServed)} / ${numbers.people(k.learnersRequested)} (${numbers.percent(served)})`,
    ],
    ['kpi.ruralServedShare', numbers.percent(k.ruralServedShare)],
    ['kpi.eveningWeekendShare', numbers.percent(k.eveningWeekendShare)],
    ['kpi.busKm', numbers.km(k.busKm)],
    ['kpi.busDays', numbers.count(plan.routes.length)],
    ['kpi.instructorUtilization', numbers.percent(k.instructorUtilization)],
    ['kpi.learnersUnmet', numbers.people(k.learnersUnmet ?? k.learnersRequested - k.learnersServed)],
    ['kpi.gap', numbers.percent(plan.solver.gap)],
  ];
  return (
    <section className="panel" aria-labelledby="kpi-title">
      <h2 id="kpi-title">{t('kpi.title')}</h2>
      <dl className="kpis" data-kpis>
        {items.map(([key, value]) => (
          <div key={key} className="kpi">
            <dt>{t(key)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
