import { useRegion } from '../../app/RegionContext.js';
import { ChangeReportsPanel } from './ChangeReportsPanel.js';
import { CoordinatorChangeForm } from './CoordinatorChangeForm.js';
import { RepairPanel } from './RepairPanel.js';
import { useDemandLabel } from './useDemandLabel.js';
import { VersionsPanel } from './VersionsPanel.js';

/**
 * The coordinator's changes and repair (변경 반영 재계획) of the week: the reported changes,
 * a form to report any change, the repair of the plan in force with its diff and publishing,
 * and the week's plan versions.
 */
export function RepairPage({ week }: { week: string }) {
  const { t, names, dates } = useRegion();
  const demand = useDemandLabel(week);
  return (
    <>
      <h1>
        {t('repair.pageTitle')} · {names.region()} · {dates.week(week)}
      </h1>
      <p>{t('repair.intro')}</p>
      <ChangeReportsPanel week={week} demandLabel={demand.label} />
      <RepairPanel week={week} demandLabel={demand.label} />
      <CoordinatorChangeForm week={week} groups={demand.groups?.demand ?? []} demandLabel={demand.label} />
      <VersionsPanel week={week} />
    </>
  );
}
