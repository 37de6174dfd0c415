import { mulberry32, type Random } from '@baeum/model';

/**
 * A seeded pseudo-random source (mulberry32): the generator never touches Math.random,
 * so one seed always gives the same scenario on every machine.
 */
export class SeededRandom {
  private readonly draw: Random;

  constructor(seed: number) {
    // Mix the seed once so that neighbouring seeds start far apart.
    this.draw = mulberry32((Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ 0x27d4eb2f) >>> 0);
  }

  /** A uniform number in [0, 1). */
  next(): number {
    return this.draw();
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A number in [min, max). */
  uniform(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** True with the given probability. */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** An index drawn with probability proportional to its weight; -1 when all weights are 0. */
  weightedIndex(weights: readonly number[]): number {
    const total = weights.reduce((sum, w) => sum + w, 0);
    if (total <= 0) return -1;
    let target = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      target -= weights[i];
      if (target < 0) return i;
    }
    return weights.length - 1;
  }

  weightedPick<T>(items: readonly T[], weightOf: (item: T) => number): T {
    return items[Math.max(0, this.weightedIndex(items.map(weightOf)))];
  }

  /**
   * A picker for many draws from the same weighted list: the cumulative weights are summed once
   * and each draw is a binary search (weightedPick re-reads every weight on each draw).
   * Draws the same item as weightedPick would for the same random number.
   */
  weightedPicker<T>(items: readonly T[], weightOf: (item: T) => number): () => T {
    const cumulative: number[] = [];
    let total = 0;
    for (const item of items) {
      total += Math.max(0, weightOf(item));
      cumulative.push(total);
    }
    return () => {
      const target = this.next() * total;
      let [low, high] = [0, items.length - 1];
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (cumulative[mid] > target) high = mid;
        else low = mid + 1;
      }
      return items[low];
    };
  }

  /** A shuffled copy (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  /** k distinct items of `items`, chosen in order with probability proportional to their weights. */
  sampleWeighted<T>(items: readonly T[], k: number, weightOf: (item: T) => number): T[] {
    const weights = items.map(weightOf);
    const chosen: T[] = [];
    while (chosen.length < k) {
      const index = this.weightedIndex(weights);
      if (index < 0) break;
      chosen.push(items[index]);
      weights[index] = 0;
    }
    return chosen;
  }
}
