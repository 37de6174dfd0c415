import type { ChangeReport } from '@baeum/model';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useRegion } from '../app/RegionContext.js';
import { changeText, type DemandLabel } from '../format/changeText.js';
import { type PeriodField, periodProblems } from '../reports/periodCheck.js';
import { ErrorNotice } from './ErrorNotice.js';
import { PeriodFields } from './PeriodFields.js';

export interface ReportInput {
  from: string;
  to: string;
  note?: string;
}

interface Props {
  /** A stable name for tests (`data-report-form`). */
  name: string;
  title: string;
  intro?: string;
  week: string;
  /** The date both period fields start on (the bus-day's date, say); none: empty. */
  defaultDate?: string;
  /** False for changes without dates (demand added or withdrawn). */
  withPeriod?: boolean;
  /** The caller's own fields (a room, an instructor), shown before the dates. */
  children?: ReactNode;
  /** Problems of the caller's own fields, in words; checked with the dates before sending. */
  check?: () => string[];
  send: (input: ReportInput) => Promise<ChangeReport>;
  onSent?: (report: ChangeReport) => void;
  demandLabel?: DemandLabel;
}

/**
 * A change report (an absence, a closed room, a bus out of service, any change for the
 * coordinator): the fields, a period inside the week and a note, checked before sending; the
 * API's refusal as sentences; the stored report read back in words.
 */
export function ReportForm(props: Props) {
  const { name, title, intro, week, defaultDate = '', withPeriod = true, children, check, send } = props;
  const formats = useRegion();
  const { t } = formats;
  const id = useId();
  const [period, setPeriod] = useState({ from: defaultDate, to: defaultDate });
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [report, setReport] = useState<ChangeReport>();
  const problems = withPeriod ? periodProblems(week, period.from, period.to) : [];
  const ownProblems = tried ? (check?.() ?? []) : [];
  const text = changeText(formats, props.demandLabel);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setReport(undefined);
    if (problems.length > 0 || (check?.() ?? []).length > 0) return;
    setBusy(true);
    setError(undefined);
    try {
      const trimmed = note.trim();
      const stored = await send({ ...period, note: trimmed ? trimmed : undefined });
      setReport(stored);
      props.onSent?.(stored);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const shownProblems = tried ? problems : [];
  const invalid = shownProblems.length + ownProblems.length > 0;

  return (
    <form
      className="panel report-form"
      aria-labelledby={`${id}-title`}
      data-report-form={name}
      onSubmit={submit}
      noValidate
    >
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p>{intro}</p>}
      {children}
      {withPeriod && (
        <PeriodFields
          week={week}
          from={period.from}
          to={period.to}
          problems={shownProblems}
          onChange={(field: PeriodField, value) => setPeriod((p) => ({ ...p, [field]: value }))}
        />
      )}
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('report.note')}</label>
        <textarea id={`${id}-note`} value={note} maxLength={500} rows={2} onChange={(e) => setNote(e.target.value)} />
      </div>
      {invalid && (
        <div className="notice error" role="alert" data-invalid>
          <p className="headline">{t('report.fix')}</p>
          <ul>
            {shownProblems.map((p) => (
              <li key={p.field}>
                {t(`report.${p.field}`)}: {t(`report.problem.${p.problem}`, { week: formats.dates.week(week) })}
              </li>
            ))}
            {ownProblems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
        {t('report.submit')}
      </button>
      {error !== undefined && <ErrorNotice error={error} />}
      {report && (
        <p className="notice success" role="status" data-report-status={report.status}>
          <span aria-hidden="true">✔ </span>
          {t('report.sent', { what: text.sentence(report.change) })}
        </p>
      )}
    </form>
  );
}
