import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '@baeum/model';

describe('committed JSON Schema', () => {
  it.each(['scenario', 'plan'] as const)(
    '%s.schema.json is fresh (run `npm run schema` after changing the zod schemas)',
    (name) => {
      const committed = JSON.parse(
        readFileSync(new URL(`../../../packages/model/schema/${name}.schema.json`, import.meta.url), 'utf8'),
      );
      expect(committed).toEqual(JSON.parse(JSON.stringify(jsonSchemas()[name])));
    },
  );

  it('describes the scenario fields of the contract', () => {
    const scenario = jsonSchemas().scenario as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(scenario.properties)).toEqual(
      expect.arrayContaining([
        'version',
        'region',
        'week',
        'policy',
        'slots',
        'courses',
        'areas',
        'centers',
        'instructors',
        'buses',
        'stops',
        'demand',
      ]),
    );
    expect(scenario.required).toEqual(
      expect.arrayContaining(['version', 'region', 'week', 'slots', 'courses', 'areas']),
    );
  });
});
