import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { solveSolomon } from '@baeum/solver';
import { independentProblems } from './independentChecker.js';

const dir = join(__dirname, '../../../../data/solomon');

function bestKnown(name: string): { vehicles: number; distance: number } {
  const row = readFileSync(join(dir, 'bks.csv'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${name},`));
  if (!row) throw new Error(`${name} not in bks.csv`);
  const [, vehicles, distance] = row.split(',');
  return { vehicles: Number(vehicles), distance: Number(distance) };
}

describe('one Solomon instance per class, solved feasibly in about 2 s', () => {
  for (const name of ['c101', 'c201', 'r101', 'rc101']) {
    it(`${name}: every customer served, every route valid, within 25 % of the best-known distance`, () => {
      const { problem, solution, json } = solveSolomon(readFileSync(join(dir, `${name}.txt`), 'utf8'), {
        timeLimitSec: 2,
        seed: 1,
      });
      const bks = bestKnown(name);
      expect(independentProblems(problem, solution)).toEqual([]);
      expect(solution.unserved).toEqual([]);
      expect(json.routes.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
      // Loose on purpose: the time limit makes the quality load-dependent; bench/ measures it.
      expect(json.distance).toBeLessThan(bks.distance * 1.25);
    });
  }

  it('keeps a fixed fleet: c101 with --vehicles 10 uses at most 10 vehicles', () => {
    const { problem, solution } = solveSolomon(readFileSync(join(dir, 'c101.txt'), 'utf8'), {
      vehicles: 10,
      timeLimitSec: 2,
      seed: 1,
    });
    expect(problem.vehicles).toHaveLength(10);
    expect(solution.vehicles).toBeLessThanOrEqual(10);
    expect(independentProblems(problem, solution)).toEqual([]);
  });
});
