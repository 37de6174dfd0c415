import type { Change, Demand } from '@baeum/model';
import { useId, useState } from 'react';
import { useRegion } from '../../app/RegionContext.js';
import { ReportForm, type ReportInput } from '../../components/ReportForm.js';
import type { DemandLabel } from '../../format/changeText.js';
import { useSendReport } from '../../reports/useSendReport.js';
import { DemandAddedFields, type NewGroup } from './DemandAddedFields.js';

type Kind = Change['type'];
const KINDS: Kind[] = ['instructor-absent', 'room-closed', 'bus-out-of-service', 'demand-withdrawn', 'demand-added'];

interface Props {
  week: string;
  groups: Demand[];
  demandLabel: DemandLabel;
}

/** The coordinator reports any change of the region (`POST /regions/{regionId}/changes`), demand too. */
export function CoordinatorChangeForm({ week, groups, demandLabel }: Props) {
  const { directory, t, names, numbers } = useRegion();
  const ids = { kind: useId(), who: useId(), room: useId(), learners: useId() };
  const [kind, setKind] = useState<Kind>('instructor-absent');
  const [instructorId, setInstructorId] = useState(directory.instructors[0]?.id ?? '');
  const [busId, setBusId] = useState(directory.buses[0]?.id ?? '');
  const firstRoom = directory.centers.flatMap((c) => c.rooms.map((r) => `${c.id}|${r.id}`))[0] ?? '';
  const [room, setRoom] = useState(firstRoom);
  // The week's groups may arrive after the form: until one is picked, the first is.
  const [picked, setDemandId] = useState('');
  const demandId = picked || (groups[0]?.id ?? '');
  const [learners, setLearners] = useState(1);
  const [added, setAdded] = useState<NewGroup>({ areaId: '', courseId: '', slots: [], learners: 5 });
  const send = useSendReport(directory.region.id, week);
  const group = groups.find((g) => g.id === demandId);

  const change = ({ from, to }: ReportInput): Change => {
    switch (kind) {
      case 'instructor-absent':
        return { type: kind, instructorId, from, to };
      case 'bus-out-of-service':
        return { type: kind, busId, from, to };
      case 'room-closed': {
        const [centerId, roomId] = room.split('|');
        return { type: kind, centerId, roomId, from, to };
      }
      case 'demand-withdrawn':
        return { type: kind, demandId, learners };
      case 'demand-added':
        // A new group's id only has to be new in the week; the time makes it so.
        return {
          type: kind,
          demand: [{ id: `d-added-${Date.now().toString(36)}`, ...added, language: 'ko', accessible: false }],
        };
    }
  };
  const check = (): string[] => {
    if (kind === 'demand-withdrawn') {
      if (!group) return [t('changeForm.pickGroup')];
      if (!Number.isInteger(learners) || learners < 1 || learners > group.learners)
        return [t('changeForm.learnersRange', { max: group.learners })];
    }
    if (kind === 'demand-added') {
      const problems = [];
      if (!added.areaId) problems.push(t('changeForm.pickArea'));
      if (!added.courseId) problems.push(t('changeForm.pickCourse'));
      if (added.slots.length === 0) problems.push(t('changeForm.pickSlots'));
      if (!Number.isInteger(added.learners) || added.learners < 1) problems.push(t('changeForm.learnersPositive'));
      return problems;
    }
    return [];
  };

  return (
    <ReportForm
      name="change"
      title={t('changeForm.title')}
      intro={t('changeForm.intro')}
      week={week}
      withPeriod={!kind.startsWith('demand-')}
      check={check}
      demandLabel={demandLabel}
      send={({ note, ...period }) =>
        send(`/regions/${encodeURIComponent(directory.region.id)}/changes`, { change: change(period), note })
      }
    >
      <div className="field">
        <label htmlFor={ids.kind}>{t('changes.kind')}</label>
        <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as Kind)} data-field="kind">
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`change.type.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {kind === 'instructor-absent' && (
        <div className="field">
          <label htmlFor={ids.who}>{t('column.instructor')}</label>
          <select id={ids.who} value={instructorId} onChange={(e) => setInstructorId(e.target.value)}>
            {directory.instructors.map((i) => (
              <option key={i.id} value={i.id}>
                {names.instructor(i.id)}
              </option>
            ))}
          </select>
        </div>
      )}
      {kind === 'bus-out-of-service' && (
        <div className="field">
          <label htmlFor={ids.who}>{t('column.bus')}</label>
          <select id={ids.who} value={busId} onChange={(e) => setBusId(e.target.value)}>
            {directory.buses.map((b) => (
              <option key={b.id} value={b.id}>
                {names.bus(b.id)}
              </option>
            ))}
          </select>
        </div>
      )}
      {kind === 'room-closed' && (
        <div className="field">
          <label htmlFor={ids.room}>{t('column.room')}</label>
          <select id={ids.room} value={room} onChange={(e) => setRoom(e.target.value)}>
            {directory.centers.map((c) => (
              <optgroup key={c.id} label={names.center(c.id)}>
                {c.rooms.map((r) => (
                  <option key={r.id} value={`${c.id}|${r.id}`}>
                    {t('place.roomAtCenter', { center: names.center(c.id), room: names.room(r.id) })}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
      )}
      {kind === 'demand-withdrawn' && (
        <>
          <div className="field">
            <label htmlFor={ids.who}>{t('report.group')}</label>
            <select id={ids.who} value={demandId} onChange={(e) => setDemandId(e.target.value)}>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {demandLabel(g.id)} · {numbers.people(g.learners)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.learners}>{t('changeForm.withdrawnLearners')}</label>
            <input
              id={ids.learners}
              type="number"
              min={1}
              max={group?.learners}
              value={Number.isNaN(learners) ? '' : learners}
              onChange={(e) => setLearners(e.target.valueAsNumber)}
            />
          </div>
        </>
      )}
      {kind === 'demand-added' && <DemandAddedFields value={added} onChange={setAdded} />}
    </ReportForm>
  );
}
