import { readFile } from 'node:fs/promises';
import { InvalidInputError, parsePlan, parseScenario, type Plan, type Scenario } from '@baeum/model';

/** Reads a JSON file; an unreadable file or bad JSON is an input error naming the file. */
export async function readJsonFile(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InvalidInputError(what, [{ path: '$', message: `cannot read ${path}: ${(error as Error).message}` }]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InvalidInputError(what, [{ path: '$', message: `${path} is not JSON: ${(error as Error).message}` }]);
  }
}

/** Reads and validates a scenario file (types, values, cross-references). */
export async function readScenarioFile(path: string): Promise<Scenario> {
  return parseScenario(await readJsonFile(path, `scenario ${path}`));
}

/** Reads and validates a plan file's shape. */
export async function readPlanFile(path: string): Promise<Plan> {
  return parsePlan(await readJsonFile(path, `plan ${path}`));
}
