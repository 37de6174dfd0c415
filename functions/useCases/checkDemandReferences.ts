import { jsonPath, type DemandRequest, type InputIssue, type RegionReference } from '@baeum/model';

/**
 * Issues of a demand batch against the regions' reference data: a request must name an area,
 * a course and slots the region knows. Every request is checked before anything is stored.
 */
export function checkDemandReferences(
  requests: readonly DemandRequest[],
  references: ReadonlyMap<string, RegionReference | undefined>,
): InputIssue[] {
  const issues: InputIssue[] = [];
  const known = new Map(
    [...references].map(([regionId, ref]) => [
      regionId,
      ref && {
        areas: new Set(ref.areas.map((a) => a.id)),
        courses: new Set(ref.courses.map((c) => c.id)),
        slots: new Set(ref.slots.map((s) => s.id)),
      },
    ]),
  );
  requests.forEach((request, i) => {
    const at = (...path: PropertyKey[]) => jsonPath(['requests', i, ...path]);
    const ids = known.get(request.regionId);
    if (!ids) {
      issues.push({
        path: at('regionId'),
        message: `region ${request.regionId} has no reference data (PUT /regions/${request.regionId}/reference first)`,
      });
      return;
    }
    if (!ids.areas.has(request.areaId))
      issues.push({ path: at('areaId'), message: `unknown area id "${request.areaId}" in region ${request.regionId}` });
    if (!ids.courses.has(request.courseId))
      issues.push({
        path: at('courseId'),
        message: `unknown course id "${request.courseId}" in region ${request.regionId}`,
      });
    request.slots.forEach((slot, s) => {
      if (!ids.slots.has(slot))
        issues.push({ path: at('slots', s), message: `unknown slot id "${slot}" in region ${request.regionId}` });
    });
  });
  return issues;
}
