import { z } from 'zod';
import { RoutingInputError } from './errors.js';
import type { RoutingProblem } from './types.js';

const index = z.number().int().nonnegative();
const time = z.number().finite();
const amount = z.number().finite().nonnegative();

const vehicleSchema = z.object({
  id: z.string().optional(),
  startLocation: index,
  endLocation: index,
  capacity: amount.optional(),
  shiftStart: time.optional(),
  shiftEnd: time.optional(),
  maxDistance: amount.optional(),
});

const jobSchema = z.object({
  id: z.string().optional(),
  location: index,
  ready: time.optional(),
  due: time.optional(),
  service: amount.optional(),
  demand: amount.optional(),
  optional: z.boolean().optional(),
  priority: z.number().finite().positive().optional(),
});

const matrixSchema = z.array(z.array(amount));

const problemSchema = z.object({
  vehicles: z.array(vehicleSchema).min(1, 'at least one vehicle is needed'),
  jobs: z.array(jobSchema),
  distance: matrixSchema,
  travelTime: matrixSchema.optional(),
});

/**
 * Checks a routing problem at the edge: shapes with zod, then the cross-field rules zod cannot
 * express (square matrices, indices in range, windows that are not inverted).
 * @throws RoutingInputError naming the field path.
 */
export function validateRoutingProblem(input: unknown): RoutingProblem {
  const parsed = problemSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RoutingInputError(issue.path.join('.') || '(root)', issue.message);
  }
  const problem = parsed.data;
  const size = problem.distance.length;
  checkSquare(problem.distance, size, 'distance');
  if (problem.travelTime) checkSquare(problem.travelTime, size, 'travelTime');
  problem.vehicles.forEach((v, i) => {
    checkLocation(v.startLocation, size, `vehicles.${i}.startLocation`);
    checkLocation(v.endLocation, size, `vehicles.${i}.endLocation`);
    if (v.shiftStart !== undefined && v.shiftEnd !== undefined && v.shiftEnd < v.shiftStart) {
      throw new RoutingInputError(`vehicles.${i}.shiftEnd`, 'shift ends before it starts');
    }
  });
  problem.jobs.forEach((j, i) => {
    checkLocation(j.location, size, `jobs.${i}.location`);
    if (j.ready !== undefined && j.due !== undefined && j.due < j.ready) {
      throw new RoutingInputError(`jobs.${i}.due`, `due ${j.due} is before ready ${j.ready}`);
    }
  });
  return problem;
}

function checkSquare(matrix: number[][], size: number, path: string): void {
  matrix.forEach((row, i) => {
    if (row.length !== size) {
      throw new RoutingInputError(`${path}.${i}`, `row has ${row.length} entries, expected ${size}`);
    }
  });
}

function checkLocation(location: number, size: number, path: string): void {
  if (location >= size) {
    throw new RoutingInputError(path, `location ${location} is outside the ${size}x${size} matrix`);
  }
}
