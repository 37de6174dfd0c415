import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { parseScenario } from '@baeum/model';
import { main } from '../../../packages/cli/src/main.js';
import { generatedWeek } from '../../support/koreaData.js';
import { syntheticProvince } from '../generator/syntheticProvince.js';

const dir = mkdtempSync(join(tmpdir(), 'baeum-generate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `baeum ...` in-process and captures what it prints. */
async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
  try {
    const code = await main(argv);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('baeum generate', () => {
  it('writes the Gyeonggi-do scenario on measured population by default, as generateScenario', async () => {
    const out = join(dir, 'nested', 'tiny.json');
    const result = await run('generate', '--scale', 'tiny', '--seed', '4', '--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(out);
    const written = parseScenario(JSON.parse(readFileSync(out, 'utf8')));
    expect(written.week).toBe('2026-W49');
    expect(written.region.id).toBe('41');
    expect(written).toEqual(generatedWeek('41', 'tiny', 4));
    expect(result.stdout).toContain('population measured');
  });

  it('writes the province scenario in well under 10 s', async () => {
    const out = join(dir, 'province.json');
    const started = performance.now();
    const result = await run('generate', '--scale', 'province', '--seed', '1', '--week', '2026-W50', '--out', out);
    const seconds = (performance.now() - started) / 1000;
    expect(result.code).toBe(0);
    expect(seconds).toBeLessThan(10);
    const written = parseScenario(JSON.parse(readFileSync(out, 'utf8')));
    expect([written.centers.length, written.instructors.length, written.buses.length]).toEqual([262, 1285, 15]);
  });

  it('writes another shipped province named by Korean or English name', async () => {
    const out = join(dir, 'jeju.json');
    expect((await run('generate', '--province', '제주특별자치도', '--scale', 'province', '--out', out)).code).toBe(0);
    const jeju = parseScenario(JSON.parse(readFileSync(out, 'utf8')));
    expect(jeju.region.id).toBe('50');
    expect(jeju.areas).toHaveLength(43);
  });

  it('refuses an unknown province, listing the known ones, with exit 2, writing nothing', async () => {
    const out = join(dir, 'atlantis.json');
    const result = await run('generate', '--province', 'Atlantis', '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"Atlantis" is not a known province');
    expect(result.stderr).toContain('42 강원도 (Gangwon-do)');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a population CSV with errors, naming file, line and column, with exit 2, writing nothing', async () => {
    const csv = join(dir, 'people.csv');
    writeFileSync(csv, 'code,pop_total,pop_65plus\n3101053,12000,1800\n,5,1\n3101054,-3,1\n3101055,abc,2\n');
    const out = join(dir, 'people.json');
    const result = await run('generate', '--population', csv, '--scale', 'tiny', '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`invalid population file ${csv}`);
    expect(result.stderr).toContain('line 3, column 1 (code): missing area code');
    expect(result.stderr).toContain('line 4, column 2 (pop_total): -3 is negative');
    expect(result.stderr).toContain('line 5, column 2 (pop_total): "abc" is not a whole number');
    expect(existsSync(out)).toBe(false);
  });

  it('reads another province from --areas', async () => {
    const areas = join(dir, 'gangwon.geojson');
    writeFileSync(areas, JSON.stringify(syntheticProvince()));
    const out = join(dir, 'gangwon.json');
    expect((await run('generate', '--areas', areas, '--scale', 'tiny', '--out', out)).code).toBe(0);
    const gangwon = parseScenario(JSON.parse(readFileSync(out, 'utf8')));
    expect(gangwon.region.name).toBe('Gangwon-do');
    // Another file without --population: the population is modelled, and flagged.
    expect(gangwon.areas.every((a) => a.populationModelled)).toBe(true);
  });

  it('rejects an unknown scale, a bad seed and a week that does not exist with exit 2, writing nothing', async () => {
    const out = join(dir, 'bad-flags.json');
    const result = await run('generate', '--scale', 'huge', '--seed', 'abc', '--week', '2026-W54', '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--scale: "huge"/);
    expect(result.stderr).toMatch(/--seed: "abc"/);
    expect(result.stderr).toMatch(/--week: "2026-W54"/);
    expect(existsSync(out)).toBe(false);
  });

  it('rejects a malformed GeoJSON naming the field, and a missing file, with exit 2, writing nothing', async () => {
    const areas = join(dir, 'broken.geojson');
    const broken = syntheticProvince() as { features: Array<{ properties: Record<string, unknown> }> };
    delete broken.features[1].properties.sigungu_code;
    writeFileSync(areas, JSON.stringify(broken));
    const out = join(dir, 'broken.json');
    const result = await run('generate', '--areas', areas, '--scale', 'tiny', '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('$.features[1].properties.sigungu_code');
    expect(existsSync(out)).toBe(false);

    const missing = await run('generate', '--areas', join(dir, 'nope.geojson'), '--out', out);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read');
    expect(existsSync(out)).toBe(false);
  });

  it('requires --out', async () => {
    expect((await run('generate', '--scale', 'tiny')).code).toBe(2);
  });
});
