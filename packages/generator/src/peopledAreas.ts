import { type AreaPeople, type AreaRecord, type PopulationTable, peopleOfAreas } from '@baeum/geo';

/** An area with its people (measured, or modelled and flagged): what the generator places everything on. */
export type PeopledArea = AreaRecord & AreaPeople;

export function withPopulation(
  areas: readonly AreaRecord[],
  table: PopulationTable | undefined,
  file: string | undefined,
): PeopledArea[] {
  const people = peopleOfAreas(areas, table, file);
  return areas.map((area) => ({ ...area, ...people.get(area.id)! }));
}

/** Residents who are likely learners: seniors count fully, younger residents a quarter. */
export function learnerWeight(area: PeopledArea): number {
  return area.population * (0.25 + 0.75 * area.seniorShare);
}

/** The share of an area's likely learners who are seniors (aged 65+). */
export function seniorLearnerShare(area: PeopledArea): number {
  const weight = 0.25 + 0.75 * area.seniorShare;
  return weight > 0 ? area.seniorShare / weight : 0;
}
