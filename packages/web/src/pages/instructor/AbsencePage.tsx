import { useIdentity } from '../../auth/AuthContext.js';
import { useRegion } from '../../app/RegionContext.js';
import { ReportForm } from '../../components/ReportForm.js';
import { useSendReport } from '../../reports/useSendReport.js';

/** An instructor reports their own absence (강사 부재): dates of the week and an optional note. */
export function AbsencePage({ week }: { week: string }) {
  const { directory, t, dates } = useRegion();
  const identity = useIdentity();
  const instructorId = identity.instructorId ?? '';
  const send = useSendReport(directory.region.id, week);
  return (
    <>
      <h1>{t('absence.title')}</h1>
      <p>{t('absence.intro', { week: dates.week(week) })}</p>
      <ReportForm
        name="absence"
        title={t('absence.form')}
        week={week}
        send={(input) => send(`/instructors/${encodeURIComponent(instructorId)}/absences`, { ...input })}
      />
    </>
  );
}
