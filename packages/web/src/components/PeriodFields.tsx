import { useId } from 'react';
import { useRegion } from '../app/RegionContext.js';
import { datesOfWeek, type PeriodField, type PeriodProblem } from '../reports/periodCheck.js';

interface Props {
  week: string;
  from: string;
  to: string;
  onChange: (field: PeriodField, value: string) => void;
  /** Problems to show beside their field (after a first try to send). */
  problems: PeriodProblem[];
}

/** The first and last date of a reported period, bounded to the week, each with its problem in words. */
export function PeriodFields({ week, from, to, onChange, problems }: Props) {
  const { t, dates } = useRegion();
  const id = useId();
  const days = datesOfWeek(week);
  const hintId = `${id}-hint`;
  const field = (name: PeriodField, value: string) => {
    const problem = problems.find((p) => p.field === name);
    const errorId = `${id}-${name}-error`;
    return (
      <div className="field">
        <label htmlFor={`${id}-${name}`}>{t(`report.${name}`)}</label>
        <input
          id={`${id}-${name}`}
          type="date"
          name={name}
          value={value}
          min={days[0]}
          max={days[days.length - 1]}
          required
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${errorId} ${hintId}` : hintId}
          onChange={(e) => onChange(name, e.target.value)}
        />
        {problem && (
          <span id={errorId} className="field-error" data-problem={`${name}-${problem.problem}`}>
            {t(`report.problem.${problem.problem}`, { week: dates.week(week) })}
          </span>
        )}
      </div>
    );
  };
  return (
    <fieldset className="period">
      <legend>{t('report.period')}</legend>
      <p id={hintId} className="hint">
        {t('report.periodHint', { week: dates.week(week) })}
      </p>
      <div className="period-fields">
        {field('from', from)}
        {field('to', to)}
      </div>
    </fieldset>
  );
}
