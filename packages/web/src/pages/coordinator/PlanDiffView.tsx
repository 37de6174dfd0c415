import type { PlanDiff, Session } from '@baeum/model';
import { useMemo } from 'react';
import { useRegion } from '../../app/RegionContext.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { changeText, type DemandLabel } from '../../format/changeText.js';
import { DiffLearnerTable, DiffRouteTable } from './DiffLearnerRouteTables.js';
import { type DiffSessionRow, diffSessionRows, seatsOf } from './diffRows.js';

interface Props {
  diff: PlanDiff;
  week: string;
  demandLabel: DemandLabel;
}

/**
 * A repair against the plan in force, as a coordinator reads it: how much stays, then every
 * session cancelled, changed or added with what changed and the reported change that caused it,
 * the learners who move, lose a seat or get one, and the bus-days routed again.
 */
export function PlanDiffView({ diff, week, demandLabel }: Props) {
  const formats = useRegion();
  const { t, names, numbers, dates } = formats;
  const text = changeText(formats, demandLabel);
  const rows = useMemo(() => diffSessionRows(diff), [diff]);
  const where = (s: Session) =>
    s.venue.kind === 'room'
      ? t('place.roomAtCenter', { center: names.center(s.venue.centerId), room: names.room(s.venue.roomId) })
      : t('place.busAtStop', { bus: names.bus(s.venue.busId), stop: names.stop(s.venue.stopId) });
  const session = (s: Session | undefined) =>
    s
      ? [
          dates.dateTime(s.start),
          where(s),
          s.instructorIds.map(names.instructor).join(', '),
          numbers.people(seatsOf(s)),
        ].join(' · ')
      : '—';
  const cause = (r: DiffSessionRow) =>
    r.because.length > 0
      ? r.because.map(text.sentence).join('; ')
      : r.kind === 'added'
        ? t('diff.addedWhy')
        : t('diff.madeRoom');
  const columns: Column<DiffSessionRow>[] = [
    {
      id: 'kind',
      header: t('diff.kind'),
      value: (r) => t(`diff.${r.kind}`),
      render: (r) => (
        <span className={`badge ${r.kind}`} data-diff-kind={r.kind}>
          {t(`diff.${r.kind}`)}
        </span>
      ),
    },
    { id: 'course', header: t('column.course'), value: (r) => names.course(r.courseId) },
    { id: 'before', header: t('diff.before'), value: (r) => session(r.before) },
    { id: 'after', header: t('diff.after'), value: (r) => session(r.after) },
    {
      id: 'changes',
      header: t('diff.whatChanged'),
      value: (r) => r.changes.map((c) => t(`diff.change.${c}`)).join(', '),
    },
    { id: 'cause', header: t('diff.cause'), value: cause },
  ];
  const figures: [string, string][] = [
    ['diff.keptCount', numbers.sessions(diff.sessions.kept)],
    ['diff.changedCount', numbers.sessions(diff.sessions.changed.length)],
    ['diff.cancelledCount', numbers.sessions(diff.sessions.cancelled.length)],
    ['diff.addedCount', numbers.sessions(diff.sessions.added.length)],
    ['diff.learnersMoved', numbers.people(diff.totals.learnersMoved)],
    ['diff.learnersLostSeat', numbers.people(diff.totals.learnersLostSeat)],
    ['diff.learnersNewlySeated', numbers.people(diff.totals.learnersNewlySeated)],
    ['diff.routesChanged', numbers.count(diff.routes.changed.length)],
  ];
  return (
    <section className="panel" aria-labelledby="diff-title" data-diff={diff.planId}>
      <h2 id="diff-title">{t('diff.title')}</h2>
      <p>{t('diff.intro', { plan: diff.planId, base: diff.basePlanId })}</p>
      <dl className="kpis" data-diff-totals>
        {figures.map(([key, value]) => (
          <div key={key} className="kpi">
            <dt>{t(key)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('diff.sessions')}</h3>
      <DataTable
        id="diff-sessions"
        caption={t('diff.sessions')}
        columns={columns}
        rows={rows}
        fileSuffix={week}
        pageSize={50}
      />
      <DiffLearnerTable diff={diff} week={week} demandLabel={demandLabel} />
      <DiffRouteTable diff={diff} week={week} />
    </section>
  );
}
