import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SolomonParseError, parseSolomon, solomonToProblem } from '@baeum/solver';

const dir = join(__dirname, '../../../../data/solomon');
const c101 = readFileSync(join(dir, 'c101.txt'), 'utf8');

function lineError(text: string): SolomonParseError {
  try {
    parseSolomon(text);
  } catch (error) {
    if (error instanceof SolomonParseError) return error;
    throw error;
  }
  throw new Error('parsed without an error');
}

/** c101 with its `lineNo`-th line (1-based) replaced. */
function withLine(lineNo: number, replacement: string | null): string {
  const lines = c101.split('\n');
  if (replacement === null) lines.splice(lineNo - 1, 1);
  else lines[lineNo - 1] = replacement;
  return lines.join('\n');
}

const firstCustomerLine = c101.split('\n').findIndex((l) => /^\s*1\s+45\s+68/.test(l)) + 1;

describe('parseSolomon on the shipped files', () => {
  it('reads c101: fleet, capacity, the depot and 100 customers', () => {
    const instance = parseSolomon(c101);
    expect(instance.name).toBe('C101');
    expect(instance.vehicles).toBe(25);
    expect(instance.capacity).toBe(200);
    expect(instance.nodes).toHaveLength(101);
    expect(instance.nodes[0]).toMatchObject({ customer: 0, x: 40, y: 50, demand: 0, ready: 0, due: 1236 });
    expect(instance.nodes[1]).toMatchObject({
      customer: 1,
      x: 45,
      y: 68,
      demand: 10,
      ready: 912,
      due: 967,
      service: 90,
    });
  });

  it('reads every instance listed in bks.csv', () => {
    const names = readFileSync(join(dir, 'bks.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[0]);
    expect(names).toHaveLength(37);
    for (const name of names) {
      const instance = parseSolomon(readFileSync(join(dir, `${name}.txt`), 'utf8'));
      expect(instance.nodes.length, name).toBe(101);
    }
  });

  it('turns an instance into a problem with Euclidean unrounded distances and the depot window as shift', () => {
    const problem = solomonToProblem(parseSolomon(c101), 3);
    expect(problem.vehicles).toHaveLength(3);
    expect(problem.vehicles[0]).toMatchObject({
      startLocation: 0,
      endLocation: 0,
      capacity: 200,
      shiftStart: 0,
      shiftEnd: 1236,
    });
    expect(problem.jobs).toHaveLength(100);
    expect(problem.distance[0][1]).toBeCloseTo(Math.hypot(5, 18), 12);
  });
});

describe('parseSolomon rejects malformed files with the line number', () => {
  it('a non-number in a customer row', () => {
    const error = lineError(
      withLine(firstCustomerLine, '    1      45         6x8         10        912        967         90'),
    );
    expect(error.line).toBe(firstCustomerLine);
    expect(error.message).toMatch(/"6x8" is not a number/);
  });

  it('a due date before the ready time', () => {
    const error = lineError(
      withLine(firstCustomerLine, '    1      45         68         10        967        912         90'),
    );
    expect(error.line).toBe(firstCustomerLine);
    expect(error.message).toMatch(/due date 912 is before ready time 967/);
  });

  it('a missing customer row (customer numbers jump)', () => {
    const error = lineError(withLine(firstCustomerLine + 1, null));
    expect(error.line).toBe(firstCustomerLine + 1);
    expect(error.message).toMatch(/expected the row of customer 2, found 3/);
  });

  it('a row with too few columns', () => {
    const error = lineError(withLine(firstCustomerLine, '    1      45         68         10        912'));
    expect(error.line).toBe(firstCustomerLine);
    expect(error.message).toMatch(/expected 7 numbers, found 5/);
  });

  it('a file without customer rows', () => {
    const text = c101
      .split('\n')
      .slice(0, firstCustomerLine - 1)
      .join('\n');
    expect(lineError(text).message).toMatch(/missing rows/);
  });

  it('a missing VEHICLE header', () => {
    const error = lineError(withLine(3, 'FLEET'));
    expect(error.line).toBe(3);
  });
});
