import { type AuditEntry, localInstant } from '@baeum/model';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { useAuditLog } from '../../api/repairQueries.js';
import { useRegion } from '../../app/RegionContext.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { Loading } from '../../components/Loading.js';
import { auditText } from '../../format/auditText.js';

/** A calendar date `days` after another (negative: before). */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Today in the region's time zone, as `yyyy-MM-dd`. */
function today(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
}

/**
 * The region's audit log (변경 이력) for a period of local dates, the last seven days first:
 * every accepted write, who made it in which role, what it named, from which request.
 */
export function AuditPage() {
  const formats = useRegion();
  const { directory, t, dates } = formats;
  const timeZone = directory.region.timezone;
  const ids = { from: useId(), to: useId(), problem: useId() };
  const [fields, setFields] = useState(() => ({ from: addDays(today(timeZone), -6), to: today(timeZone) }));
  const [period, setPeriod] = useState(fields);
  const invalid = !fields.from || !fields.to || fields.from > fields.to;
  // Local days, whole: from the first day's midnight to the midnight after the last.
  const instants = useMemo(
    () => ({
      from: localInstant(period.from, '00:00', timeZone),
      to: localInstant(addDays(period.to, 1), '00:00', timeZone),
    }),
    [period, timeZone],
  );
  const log = useAuditLog(directory.region.id, instants);
  const text = auditText(formats);
  const columns: Column<AuditEntry>[] = [
    { id: 'at', header: t('audit.at'), value: (e) => e.at, render: (e) => dates.dateTime(e.at) },
    { id: 'role', header: t('audit.role'), value: (e) => t(`roles.${e.actor.role}`, { defaultValue: e.actor.role }) },
    { id: 'subject', header: t('audit.subject'), value: (e) => e.actor.subject },
    { id: 'action', header: t('audit.action.title'), value: text.action },
    { id: 'ids', header: t('audit.ids'), value: text.ids },
    { id: 'status', header: t('audit.status'), value: (e) => e.status, numeric: true },
    { id: 'requestId', header: t('audit.requestId'), value: (e) => e.requestId },
  ];
  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (!invalid) setPeriod(fields);
  };
  return (
    <>
      <h1>
        {t('audit.title')} · {formats.names.region()}
      </h1>
      <p>{t('audit.intro')}</p>
      <form className="panel filters" onSubmit={apply} aria-label={t('audit.period')} noValidate>
        {(['from', 'to'] as const).map((name) => (
          <div className="field" key={name}>
            <label htmlFor={ids[name]}>{t(`report.${name}`)}</label>
            <input
              id={ids[name]}
              type="date"
              value={fields[name]}
              aria-invalid={invalid ? true : undefined}
              aria-describedby={invalid ? ids.problem : undefined}
              onChange={(e) => setFields((f) => ({ ...f, [name]: e.target.value }))}
            />
          </div>
        ))}
        <button type="submit" className="primary" disabled={invalid} data-action="audit-period">
          {t('audit.show')}
        </button>
        {invalid && (
          <p id={ids.problem} className="field-error" role="alert">
            {t('audit.badPeriod')}
          </p>
        )}
      </form>
      <section className="panel" aria-labelledby="audit-table-title">
        <h2 id="audit-table-title">
          {t('audit.entries', { from: dates.date(period.from), to: dates.date(period.to) })}
        </h2>
        {log.isError ? (
          <ErrorNotice error={log.error} />
        ) : !log.data ? (
          <Loading />
        ) : (
          <DataTable
            id="audit"
            caption={t('audit.title')}
            columns={columns}
            rows={log.data.entries}
            fileSuffix={`${period.from}-${period.to}`}
            pageSize={25}
            initialSort={{ column: 'at', descending: true }}
          />
        )}
      </section>
    </>
  );
}
