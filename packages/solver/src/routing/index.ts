export { solveVrptw } from './solveVrptw';
export { validateRoutingProblem } from './problemSchema';
export { parseSolomon, type SolomonInstance, type SolomonNode } from './solomonFile';
export { solomonToProblem } from './solomonProblem';
export { checkRoutes, type RouteViolation } from './checkRoutes';
export { RoutingInputError, SolomonParseError } from './errors';
export type * from './types';
export { solveSolomon, type SolomonOptions, type SolomonResult, type SolomonSolutionJson } from './solveSolomon';
