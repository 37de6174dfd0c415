import { greatCircleKm } from '@baeum/geo';
import type { LonLat } from '@baeum/model';
import type { PeopledArea } from './peopledAreas.js';
import type { SeededRandom } from './random.js';
import type { ScaleProfile } from './scales.js';

/** A city or county (sigungu) with its areas. */
interface Sigungu {
  code: string;
  areas: PeopledArea[];
  population: number;
  center: LonLat;
  rural: number;
  urban: number;
}

/**
 * The areas a scenario covers: for the province scale all of them; otherwise a seed sigungu
 * that has both urban dong and rural eup/myeon (chosen with the seed), grown by its nearest
 * neighbouring sigungu until the profile's population share is reached, so the scenario is
 * one coherent block of geography that always includes rural areas.
 */
export function chooseAreas(areas: readonly PeopledArea[], profile: ScaleProfile, random: SeededRandom): PeopledArea[] {
  if (profile.populationShare >= 1) return [...areas];
  const groups = sigunguOf(areas);
  const seed = random.pick(seedCandidates(groups));
  const total = groups.reduce((sum, g) => sum + g.population, 0);
  const byDistance = [...groups].sort(
    (a, b) => greatCircleKm(seed.center, a.center) - greatCircleKm(seed.center, b.center),
  );
  const chosen: Sigungu[] = [];
  let population = 0;
  for (const group of byDistance) {
    chosen.push(group);
    population += group.population;
    const enoughAreas = chosen.reduce((n, g) => n + g.areas.length, 0) >= profile.centers;
    if (population >= profile.populationShare * total && enoughAreas) break;
  }
  return chosen.flatMap((g) => g.areas);
}

function sigunguOf(areas: readonly PeopledArea[]): Sigungu[] {
  const byCode = new Map<string, PeopledArea[]>();
  for (const area of areas) byCode.set(area.sigunguCode, [...(byCode.get(area.sigunguCode) ?? []), area]);
  return [...byCode.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, members]) => {
      const population = members.reduce((sum, a) => sum + a.population, 0);
      const center: LonLat = [
        members.reduce((sum, a) => sum + a.centroid[0] * a.population, 0) / population,
        members.reduce((sum, a) => sum + a.centroid[1] * a.population, 0) / population,
      ];
      const rural = members.filter((a) => a.rural).length;
      return { code, areas: members, population, center, rural, urban: members.length - rural };
    });
}

/** Mixed sigungu first (a town centre for the centers, townships for the bus); any as a fallback. */
function seedCandidates(groups: Sigungu[]): Sigungu[] {
  const mixed = groups.filter((g) => g.urban >= 2 && g.rural >= 3);
  if (mixed.length > 0) return mixed;
  const someRural = groups.filter((g) => g.rural >= 1);
  return someRural.length > 0 ? someRural : groups;
}
