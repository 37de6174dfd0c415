import type { AreaLookup } from '@baeum/geo';
import type { Center, Room, Slot } from '@baeum/model';
import type { PeopledArea } from './peopledAreas.js';
import { pointNear } from './pointNear.js';
import type { SeededRandom } from './random.js';

/**
 * Centers in populous areas: areas are drawn with weight population^1.5 (a town centre far
 * more often than a township), one center per area until every area has one.
 * About 45 % of centers keep evening and weekend hours; the first (most likely the most
 * populous) always does, so every scenario has somewhere to serve evening and weekend demand.
 */
export function placeCenters(
  areas: readonly PeopledArea[],
  count: number,
  slots: readonly Slot[],
  random: SeededRandom,
  lookup: AreaLookup,
): Center[] {
  const hosts: PeopledArea[] = [];
  while (hosts.length < count) {
    hosts.push(...random.sampleWeighted(areas, count - hosts.length, (a) => a.population ** 1.5));
  }
  const perArea = new Map<string, number>();
  return hosts.map((area, index) => {
    const n = (perArea.get(area.id) ?? 0) + 1;
    perArea.set(area.id, n);
    return {
      id: `c-${area.id}-${String(n).padStart(2, '0')}`,
      name: `${area.nameEng ?? area.name} digital center${n > 1 ? ` ${n}` : ''}`,
      areaId: area.id,
      location: pointNear(area, 0.8, random, lookup),
      open: openSlots(slots, index === 0 || random.chance(0.45), random),
      rooms: rooms(random, index === 0),
    };
  });
}

function openSlots(slots: readonly Slot[], extendedHours: boolean, random: SeededRandom): string[] {
  const open = slots.filter((slot) => {
    if (slot.kind === 'daytime') return random.chance(0.85);
    return extendedHours && random.chance(slot.kind === 'evening' ? 0.8 : 0.7);
  });
  return (open.length > 0 ? open : [slots[0]]).map((slot) => slot.id);
}

/**
 * 1-3 rooms of 10-20 seats. The first room always has tablets; kiosks are rarer. The
 * flagship center's first room has everything and is accessible, so every course and
 * accessible group has at least one possible room.
 */
function rooms(random: SeededRandom, flagship: boolean): Room[] {
  const count = 1 + (random.chance(0.5) ? 1 : 0) + (random.chance(0.2) ? 1 : 0);
  return Array.from({ length: count }, (_, i) => {
    const tablets = i === 0 || random.chance(0.5);
    const kiosk = (flagship && i === 0) || random.chance(i === 0 ? 0.4 : 0.25);
    return {
      id: `r${i + 1}`,
      capacity: random.int(10, 20),
      equipment: [...(tablets ? ['tablets'] : []), ...(kiosk ? ['kiosk'] : [])],
      accessible: (flagship && i === 0) || random.chance(i === 0 ? 0.7 : 0.5),
    };
  });
}
