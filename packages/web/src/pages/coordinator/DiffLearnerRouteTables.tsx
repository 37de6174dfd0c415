import type { PlanDiff } from '@baeum/model';
import { useRegion } from '../../app/RegionContext.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import type { DemandLabel } from '../../format/changeText.js';

type LearnerRow = PlanDiff['learners'][number];
type RouteRow = PlanDiff['routes']['changed'][number];

/** Per demand group whose seats differ: seats before and after, moved, lost, withdrawn, newly seated. */
export function DiffLearnerTable({
  diff,
  week,
  demandLabel,
}: {
  diff: PlanDiff;
  week: string;
  demandLabel: DemandLabel;
}) {
  const { t } = useRegion();
  const columns: Column<LearnerRow>[] = [
    { id: 'group', header: t('report.group'), value: (r) => demandLabel(r.demandId) },
    { id: 'before', header: t('diff.seatsBefore'), value: (r) => r.before, numeric: true },
    { id: 'after', header: t('diff.seatsAfter'), value: (r) => r.after, numeric: true },
    { id: 'moved', header: t('diff.moved'), value: (r) => r.moved, numeric: true },
    { id: 'lostSeat', header: t('diff.lostSeat'), value: (r) => r.lostSeat, numeric: true },
    { id: 'withdrawn', header: t('diff.withdrawn'), value: (r) => r.withdrawn, numeric: true },
    { id: 'newlySeated', header: t('diff.newlySeated'), value: (r) => r.newlySeated, numeric: true },
  ];
  return (
    <>
      <h3>{t('diff.learners')}</h3>
      <DataTable
        id="diff-learners"
        caption={t('diff.learners')}
        columns={columns}
        rows={diff.learners}
        fileSuffix={week}
      />
    </>
  );
}

/** Bus-days routed again: km and stops before and after, or no drive at all. */
export function DiffRouteTable({ diff, week }: { diff: PlanDiff; week: string }) {
  const { t, names, numbers, dates } = useRegion();
  const route = (r: RouteRow['before']) =>
    r ? `${numbers.km(r.km)} · ${r.stops.map((s) => names.stop(s.stopId)).join(' → ')}` : t('diff.noDrive');
  const columns: Column<RouteRow>[] = [
    { id: 'bus', header: t('column.bus'), value: (r) => names.bus(r.busId) },
    { id: 'date', header: t('column.date'), value: (r) => r.date, render: (r) => dates.date(r.date) },
    { id: 'before', header: t('diff.before'), value: (r) => route(r.before) },
    { id: 'after', header: t('diff.after'), value: (r) => route(r.after) },
  ];
  return (
    <>
      <h3>{t('diff.routes')}</h3>
      <DataTable
        id="diff-routes"
        caption={t('diff.routes')}
        columns={columns}
        rows={diff.routes.changed}
        fileSuffix={week}
      />
    </>
  );
}
