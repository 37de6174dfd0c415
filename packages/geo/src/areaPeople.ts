import type { AreaRecord } from './areaRecord.js';
import { modelPopulation } from './modelledPopulation.js';
import { PopulationFileError, type PopulationTable } from './populationTable.js';

/** The people of an area as a scenario carries them, and whether they were measured. */
export interface AreaPeople {
  population: number;
  /** Share of residents aged 65 and over. */
  seniorShare: number;
  /** True where no measured figure exists and the population model stood in. */
  populationModelled: boolean;
}

/**
 * Every area's people: measured where the table has the area's code, modelled (and flagged)
 * where it has none or no table is given. A row whose code no area has is refused when its
 * code belongs to a province the areas cover (a typo or a file of another vintage); rows of
 * other provinces are simply not for these areas.
 */
export function peopleOfAreas(
  areas: readonly AreaRecord[],
  table: PopulationTable | undefined,
  file = 'population',
): Map<string, AreaPeople> {
  if (table) checkEveryRowHasArea(areas, table, file);
  return new Map(areas.map((area) => [area.id, peopleOfArea(area, table?.get(area.id))]));
}

function peopleOfArea(area: AreaRecord, measured: { total: number; seniors: number } | undefined): AreaPeople {
  if (!measured) return { ...modelPopulation(area), populationModelled: true };
  const seniorShare = measured.total > 0 ? Math.round((measured.seniors / measured.total) * 1000) / 1000 : 0;
  return { population: measured.total, seniorShare, populationModelled: false };
}

function checkEveryRowHasArea(areas: readonly AreaRecord[], table: PopulationTable, file: string): void {
  const codes = new Set(areas.map((a) => a.id));
  const prefixes = new Set(areas.map((a) => a.id.slice(0, 2)));
  const strays = [...table].filter(([code]) => prefixes.has(code.slice(0, 2)) && !codes.has(code));
  if (strays.length === 0) return;
  throw new PopulationFileError(
    file,
    strays.map(([code, row]) => ({ path: `line ${row.line}, ${row.codeColumn}`, message: `no area has code ${code}` })),
  );
}
