import { z } from 'zod';
import { planSchema } from './plan.js';
import { scenarioSchema } from './scenario.js';

/**
 * JSON Schema documents generated from the zod schemas (the single source of truth).
 * The scenario schema describes the input side (defaults optional); the plan the output side.
 */
export function jsonSchemas(): Record<'scenario' | 'plan', object> {
  return {
    scenario: {
      $id: 'https://baeum.dev/schema/v1/scenario.schema.json',
      ...z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }),
    },
    plan: {
      $id: 'https://baeum.dev/schema/v1/plan.schema.json',
      ...z.toJSONSchema(planSchema, { io: 'output', unrepresentable: 'any' }),
    },
  };
}
