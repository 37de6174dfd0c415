import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { isWeek } from '../app/weeks.js';

/** The week every screen shows, as the browser's week field; changing it keeps the screen and swaps the week. */
export function WeekPicker({ week, label }: { week: string; label: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [location, navigate] = useLocation();
  return (
    <div className="week-picker">
      <label htmlFor={id}>{t('app.week')}</label>
      <input
        id={id}
        type="week"
        value={week}
        aria-describedby={`${id}-label`}
        onChange={(e) => {
          if (isWeek(e.target.value)) navigate(location.replace(week, e.target.value));
        }}
      />
      <span id={`${id}-label`} className="week-label">
        {label}
      </span>
    </div>
  );
}
