import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../../packages/generator/src/random.js';

describe('SeededRandom', () => {
  it('repeats the same sequence for a seed and differs between neighbouring seeds', () => {
    const draw = (seed: number) => {
      const random = new SeededRandom(seed);
      return Array.from({ length: 20 }, () => random.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(draw(42).every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('picks with the binary-search picker exactly what weightedPick picks, skipping zero weights', () => {
    const items = [{ w: 0 }, { w: 3 }, { w: 0 }, { w: 1 }, { w: 6 }, { w: 0 }];
    const a = new SeededRandom(9);
    const b = new SeededRandom(9);
    const pick = b.weightedPicker(items, (i) => i.w);
    const counts = new Map<number, number>();
    for (let n = 0; n < 5000; n++) {
      const expected = a.weightedPick(items, (i) => i.w);
      expect(pick()).toBe(expected);
      counts.set(expected.w, (counts.get(expected.w) ?? 0) + 1);
    }
    expect(counts.get(0)).toBeUndefined();
    // Shares follow the weights 3 : 1 : 6.
    expect(counts.get(6)! / 5000).toBeGreaterThan(0.55);
    expect(counts.get(6)! / 5000).toBeLessThan(0.65);
    expect(counts.get(1)! / 5000).toBeGreaterThan(0.07);
    expect(counts.get(1)! / 5000).toBeLessThan(0.13);
  });

  it('samples distinct items and shuffles without losing any', () => {
    const random = new SeededRandom(3);
    const items = Array.from({ length: 30 }, (_, i) => i);
    const sample = random.sampleWeighted(items, 10, (i) => i + 1);
    expect(new Set(sample).size).toBe(10);
    expect(random.shuffle(items).sort((x, y) => x - y)).toEqual(items);
    for (let n = 0; n < 200; n++) {
      const x = random.int(2, 5);
      expect(x >= 2 && x <= 5 && Number.isInteger(x)).toBe(true);
    }
  });
});
