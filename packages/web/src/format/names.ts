import type { RegionDirectory } from '@baeum/model';
import type { TFunction } from 'i18next';

/** The number at the end of an id (`bus-03` -> 3, `r2` -> 2, `c-3110361-02` -> 2), if any. */
function trailingNumber(id: string): number | undefined {
  const match = /(\d+)$/.exec(id);
  return match ? Number(match[1]) : undefined;
}

/**
 * What people call things, instead of ids: areas by their Korean name first, centers and stops
 * by their area, buses by number (`3호차`), rooms by number, courses by topic and level. The
 * English switch uses the English names the data carries.
 */
export function placeNames(directory: RegionDirectory, t: TFunction, language: string) {
  const areas = new Map(directory.areas.map((a) => [a.id, a]));
  const centers = new Map(directory.centers.map((c) => [c.id, c]));
  const stops = new Map(directory.stops.map((s) => [s.id, s]));
  const courses = new Map(directory.courses.map((c) => [c.id, c]));
  const instructors = new Map(directory.instructors.map((i) => [i.id, i]));
  const english = language === 'en';

  const area = (id: string) => {
    const a = areas.get(id);
    if (!a) return id;
    return english ? (a.nameEng ?? a.name) : a.name;
  };
  const center = (id: string) => {
    const c = centers.get(id);
    if (!c) return id;
    if (english && c.name) return c.name;
    const n = trailingNumber(id) ?? 1;
    return n > 1 ? t('place.centerN', { area: area(c.areaId), n }) : t('place.center', { area: area(c.areaId) });
  };
  const stop = (id: string) => {
    const s = stops.get(id);
    if (!s) return id;
    return english && s.name ? s.name : t('place.stop', { area: area(s.areaId) });
  };
  const bus = (id: string) => t('place.bus', { n: trailingNumber(id) ?? id });
  const room = (id: string) => t('place.room', { n: trailingNumber(id) ?? id });
  const instructor = (id: string) => instructors.get(id)?.name ?? t('place.instructor', { n: id.replace(/^i-/, '') });
  const course = (id: string) => {
    const c = courses.get(id);
    const level = c?.level;
    const topic = level ? id.replace(new RegExp(`-${level}$`), '') : id;
    const key = `course.topic.${topic}`;
    const known = t(key) !== key;
    if (!known || !level) return c?.name ?? id;
    return t('course.name', { topic: t(key), level: t(`course.level.${level}`) });
  };
  /** The province by its region id (`41` -> 경기도), else the name the data carries. */
  const region = () => t(`region.${directory.region.id}`, { defaultValue: directory.region.name });
  return { region, area, center, stop, bus, room, instructor, course };
}

export type PlaceNames = ReturnType<typeof placeNames>;
