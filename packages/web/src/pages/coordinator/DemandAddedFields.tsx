import { useId, useMemo } from 'react';
import { useRegion } from '../../app/RegionContext.js';

/** A demand group the coordinator adds to the week: where, which course, when, how many. */
export interface NewGroup {
  areaId: string;
  courseId: string;
  slots: string[];
  learners: number;
}

/** The fields of a `demand-added` change: area, course, the acceptable times (one box each), learners. */
export function DemandAddedFields({ value, onChange }: { value: NewGroup; onChange: (next: NewGroup) => void }) {
  const { directory, t, names } = useRegion();
  const ids = { area: useId(), course: useId(), learners: useId() };
  const areas = useMemo(
    () => [...directory.areas].sort((a, b) => names.area(a.id).localeCompare(names.area(b.id), 'ko')),
    [directory, names],
  );
  const toggle = (slotId: string, on: boolean) =>
    onChange({ ...value, slots: on ? [...value.slots, slotId] : value.slots.filter((s) => s !== slotId) });
  return (
    <>
      <div className="field">
        <label htmlFor={ids.area}>{t('column.area')}</label>
        <select id={ids.area} value={value.areaId} onChange={(e) => onChange({ ...value, areaId: e.target.value })}>
          <option value="">{t('changeForm.choose')}</option>
          {areas.map((a) => (
            <option key={a.id} value={a.id}>
              {names.area(a.id)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.course}>{t('column.course')}</label>
        <select
          id={ids.course}
          value={value.courseId}
          onChange={(e) => onChange({ ...value, courseId: e.target.value })}
        >
          <option value="">{t('changeForm.choose')}</option>
          {directory.courses.map((c) => (
            <option key={c.id} value={c.id}>
              {names.course(c.id)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="slot-choices">
        <legend>{t('column.slots')}</legend>
        {directory.slots.map((s) => (
          <label key={s.id} className="choice">
            <input
              type="checkbox"
              checked={value.slots.includes(s.id)}
              onChange={(e) => toggle(s.id, e.target.checked)}
            />
            {t(`weekday.${s.day}`)} {s.start}–{s.end}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={ids.learners}>{t('column.learners')}</label>
        <input
          id={ids.learners}
          type="number"
          min={1}
          max={50}
          value={Number.isNaN(value.learners) ? '' : value.learners}
          onChange={(e) => onChange({ ...value, learners: e.target.valueAsNumber })}
        />
      </div>
    </>
  );
}
