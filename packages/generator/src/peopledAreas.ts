import { modelPopulation, type AreaRecord, type ModelledPopulation } from '@baeum/geo';

/** An area with its (modelled) people: what the generator places everything on. */
export type PeopledArea = AreaRecord & ModelledPopulation;

export function withPopulation(areas: readonly AreaRecord[]): PeopledArea[] {
  return areas.map((area) => ({ ...area, ...modelPopulation(area) }));
}

/** Residents who are likely learners: seniors count fully, younger residents a quarter. */
export function learnerWeight(area: PeopledArea): number {
  return area.population * (0.25 + 0.75 * area.seniorShare);
}
