import { useRegion } from '../../app/RegionContext.js';
import { ReportForm } from '../../components/ReportForm.js';
import { useSendReport } from '../../reports/useSendReport.js';

/**
 * On a bus-day of the dispatcher's own bus: report the bus out of service (버스 운행 불가),
 * that day by default or any dates of the week.
 */
export function OutagePanel({ week, busId, date }: { week: string; busId: string; date: string }) {
  const { directory, t, names } = useRegion();
  const send = useSendReport(directory.region.id, week);
  return (
    <ReportForm
      name="outage"
      title={t('outage.form', { bus: names.bus(busId) })}
      intro={t('outage.intro', { bus: names.bus(busId) })}
      week={week}
      defaultDate={date}
      send={(input) => send(`/buses/${encodeURIComponent(busId)}/outages`, { ...input })}
    />
  );
}
