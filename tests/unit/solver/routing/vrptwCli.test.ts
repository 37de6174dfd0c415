import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../packages/cli/src/main.js';
import { useCliSandbox } from '../../../support/cliSandbox.js';

const c101Path = join(__dirname, '../../../../data/solomon/c101.txt');

const cli = useCliSandbox('baeum-vrptw-');

/** Customer coordinates of a Solomon file, by customer number (0 the depot). */
async function coordinates(path: string): Promise<Map<number, [number, number]>> {
  const rows = (await readFile(path, 'utf8')).split('\n').filter((l) => /^\s*\d+(\s+\d+){6}\s*$/.test(l));
  return new Map(rows.map((l) => l.trim().split(/\s+/).map(Number)).map((f) => [f[0], [f[1], f[2]]]));
}

describe('baeum vrptw', () => {
  it('writes {vehicles, distance, routes} with every customer once and the Euclidean distance', async () => {
    const outPath = join(cli.dir, 'sol.json');
    const code = await main(['vrptw', c101Path, '--time-limit', '1', '--seed', '3', '--out', outPath]);
    expect(code).toBe(0);
    const solution = JSON.parse(await readFile(outPath, 'utf8')) as {
      vehicles: number;
      distance: number;
      routes: number[][];
    };
    expect(Object.keys(solution).sort()).toEqual(['distance', 'routes', 'vehicles']);
    expect(solution.vehicles).toBe(solution.routes.length);
    expect(solution.routes.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    const xy = await coordinates(c101Path);
    let distance = 0;
    for (const route of solution.routes) {
      const path = [0, ...route, 0].map((c) => xy.get(c)!);
      for (let i = 1; i < path.length; i++)
        distance += Math.hypot(path[i][0] - path[i - 1][0], path[i][1] - path[i - 1][1]);
    }
    expect(solution.distance).toBeCloseTo(distance, 6);
    expect(cli.out.join('')).toMatch(/wrote .*sol\.json: C101, \d+ vehicles/);
  });

  it('honours --vehicles as a fixed fleet', async () => {
    const outPath = join(cli.dir, 'fixed.json');
    const code = await main(['vrptw', c101Path, '--vehicles', '12', '--time-limit', '1', '--out', outPath]);
    expect(code).toBe(0);
    const solution = JSON.parse(await readFile(outPath, 'utf8')) as { vehicles: number };
    expect(solution.vehicles).toBeLessThanOrEqual(12);
  });

  it('exits 2 naming the line of a malformed file, and writes nothing', async () => {
    const text = (await readFile(c101Path, 'utf8')).replace(/^(\s*7\s+40\s+)66/m, '$1six');
    const bad = join(cli.dir, 'bad.txt');
    await writeFile(bad, text);
    const lineNo = text.split('\n').findIndex((l) => l.includes('six')) + 1;
    const outPath = join(cli.dir, 'never.json');
    const code = await main(['vrptw', bad, '--out', outPath]);
    expect(code).toBe(2);
    expect(cli.err.join('')).toContain(`line ${lineNo}: "six" is not a number`);
    await expect(readFile(outPath)).rejects.toThrow();
  });

  it('lists a customer no vehicle can reach in time as unserved with the reason, and exits 1', async () => {
    // Customer 7 sits 16 from the depot but must be served by time 5.
    const text = (await readFile(c101Path, 'utf8')).replace(/^(\s*7\s+40\s+66\s+20\s+)170(\s+)225/m, '$10$25');
    expect(text).not.toBe(await readFile(c101Path, 'utf8'));
    const impossible = join(cli.dir, 'impossible.txt');
    await writeFile(impossible, text);
    const outPath = join(cli.dir, 'partial.json');
    const code = await main(['vrptw', impossible, '--time-limit', '1', '--out', outPath]);
    expect(code).toBe(1);
    const solution = JSON.parse(await readFile(outPath, 'utf8')) as {
      routes: number[][];
      unserved: Array<{ customer: number; reason: string }>;
    };
    expect(solution.unserved).toEqual([{ customer: 7, reason: 'no-vehicle-in-time' }]);
    expect(solution.routes.flat()).not.toContain(7);
    expect(solution.routes.flat()).toHaveLength(99);
    expect(cli.err.join('')).toContain('7 (no-vehicle-in-time)');
  });

  it('exits 2 on a bad option value', async () => {
    const code = await main(['vrptw', c101Path, '--time-limit', 'soon', '--out', join(cli.dir, 'x.json')]);
    expect(code).toBe(2);
    expect(cli.err.join('')).toMatch(/--time-limit/);
  });
});
