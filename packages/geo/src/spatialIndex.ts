import KDBush from 'kdbush';
import { around } from 'geokdbush';
import type { LonLat } from '@baeum/model';
import { greatCircleKm } from './distance.js';

/** One query answer: the indexed item and its great-circle distance in km. */
export interface Neighbour<T> {
  item: T;
  distanceKm: number;
}

/**
 * geokdbush measures with a 6371 km radius, baeum with 6371.0088 km (1.4 ppm apart):
 * the tree is searched slightly wider and every answer re-measured with greatCircleKm,
 * so a radius query agrees exactly with the validator.
 */
const SEARCH_MARGIN = 1 + 1e-5;

/**
 * A static spatial index over points on the earth (kdbush + geokdbush) answering
 * nearest-k and within-radius queries in great-circle km.
 *
 * @example
 * const index = new PointIndex(centers, (c) => c.location);
 * index.nearest([127.0, 37.3])?.item.id;
 * index.withinKm([127.0, 37.3], 8).map((n) => n.item.id);
 */
export class PointIndex<T> {
  private readonly tree: KDBush;
  private readonly positions: LonLat[];

  constructor(
    readonly items: readonly T[],
    locate: (item: T) => LonLat,
  ) {
    this.positions = items.map(locate);
    // kdbush refuses an empty index; one with zero items simply answers nothing.
    this.tree = new KDBush(Math.max(1, items.length));
    for (const [lon, lat] of this.positions) this.tree.add(lon, lat);
    if (items.length === 0) this.tree.add(0, 0);
    this.tree.finish();
  }

  get size(): number {
    return this.items.length;
  }

  /** The k nearest items (closest first), optionally no farther than maxKm. */
  nearestK(at: LonLat, k: number, maxKm?: number): Neighbour<T>[] {
    if (this.items.length === 0 || k <= 0) return [];
    const ids = around(this.tree, at[0], at[1], k, maxKm === undefined ? undefined : maxKm * SEARCH_MARGIN);
    return this.measure(at, ids).filter((n) => maxKm === undefined || n.distanceKm <= maxKm);
  }

  /** The nearest item, or undefined when the index is empty. */
  nearest(at: LonLat): Neighbour<T> | undefined {
    return this.nearestK(at, 1)[0];
  }

  /** Every item within radiusKm great-circle km (inclusive), closest first. */
  withinKm(at: LonLat, radiusKm: number): Neighbour<T>[] {
    if (this.items.length === 0) return [];
    const ids = around(this.tree, at[0], at[1], Infinity, radiusKm * SEARCH_MARGIN);
    return this.measure(at, ids).filter((n) => n.distanceKm <= radiusKm);
  }

  private measure(at: LonLat, ids: number[]): Neighbour<T>[] {
    return ids
      .map((id) => ({ item: this.items[id], distanceKm: greatCircleKm(at, this.positions[id]) }))
      .sort((a, b) => a.distanceKm - b.distanceKm);
  }
}
