import { useMemo } from 'react';
import { useDemand } from '../../api/queries.js';
import { useRegion } from '../../app/RegionContext.js';
import type { DemandLabel } from '../../format/changeText.js';

/** Demand groups of the week by name (`단월면 · 스마트폰 활용 (기초)`), for reports and diffs that name them by id. */
export function useDemandLabel(week: string): { label: DemandLabel; groups: ReturnType<typeof useDemand>['data'] } {
  const { directory, names } = useRegion();
  const demand = useDemand(directory.region.id, week);
  const label = useMemo(() => {
    const groups = new Map((demand.data?.demand ?? []).map((d) => [d.id, d]));
    return (id: string) => {
      const d = groups.get(id);
      return d ? `${names.area(d.areaId)} · ${names.course(d.courseId)}` : id;
    };
  }, [demand.data, names]);
  return { label, groups: demand.data };
}
