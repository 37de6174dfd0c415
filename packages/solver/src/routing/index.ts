/**
 * The VRPTW engine. To route one bus day: build a `RoutingProblem` with location 0 the depot
 * and 1..n the stops, `distance` in road km (@baeum/geo `roadKm`), `travelTime` in minutes,
 * one vehicle { startLocation: 0, endLocation: 0, shiftStart/shiftEnd: the day window in
 * minutes, maxDistance: km per day }, and per session a job { location, ready/due: the
 * latest arrival (e.g. both = session start), service: session minutes, optional/priority
 * when it may be dropped }; then `solveVrptw(problem, { timeLimitSec, maxIterations, seed })`.
 * Jobs that do not fit come back in `unserved` with a reason; routes never break a rule.
 */
export { solveVrptw } from './solveVrptw.js';
export { validateRoutingProblem } from './problemSchema.js';
export { parseSolomon, type SolomonInstance, type SolomonNode } from './solomonFile.js';
export { solomonToProblem } from './solomonProblem.js';
export { solveSolomon, type SolomonOptions, type SolomonResult, type SolomonSolutionJson } from './solveSolomon.js';
export { checkRoutes, type RouteViolation } from './checkRoutes.js';
export { RoutingInputError, SolomonParseError } from './errors.js';
export type * from './types.js';
