import { Link } from 'wouter';
import { useChangeReports } from '../../api/repairQueries.js';
import { useRegion } from '../../app/RegionContext.js';

/** On the plan: how many reported changes wait for a repair, and the way to the repair view. */
export function PendingChangesPanel({ week }: { week: string }) {
  const { directory, t } = useRegion();
  const reports = useChangeReports(directory.region.id, week);
  const pending = reports.data?.changes.filter((c) => c.status === 'pending').length;
  return (
    <section className="panel" aria-labelledby="pending-title">
      <h2 id="pending-title">{t('plan.pendingChanges')}</h2>
      {pending !== undefined && (
        <p data-pending={pending}>{pending > 0 ? t('repair.hint', { count: pending }) : t('repair.nothingPending')}</p>
      )}
      <Link href={`/coordinator/${week}/repair`}>{t('plan.toRepair')}</Link>
    </section>
  );
}
