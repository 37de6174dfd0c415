export { API_ROUTES, matchRoute, pathExists, type ApiRoute, type MatchedRoute, type RouteGroup } from './apiRoutes.js';
export {
  createAppContext,
  envAppContext,
  NoSolveRunnerError,
  type AppContext,
  type AppContextOverrides,
  type ContextProvider,
} from './appContext.js';
export { stepFunctionsStarter } from './stepFunctionsStarter.js';
export { readConfig, envConfig, ConfigError, type FunctionsConfig } from './config.js';
export type {
  DemandStore,
  JobStore,
  PlanSolver,
  PlanStore,
  ReferenceStore,
  SolveStarter,
} from './ports.js';
export type { ApiEvent } from './http/apiEvent.js';
export type { ApiResult } from './http/responses.js';
export { answerError, problemOf, problemResponse, type ProblemBody } from './http/problemJson.js';
export {
  HttpProblem,
  MethodNotAllowedProblem,
  NotFoundProblem,
  PayloadTooLargeProblem,
  UnauthorizedProblem,
} from './http/problems.js';
export { principalOf } from './http/claims.js';
export { ROLES, type Principal, type Role } from './useCases/principal.js';
export { createDemandHandler } from './demand/handler.js';
export { createReferenceHandler } from './reference/handler.js';
export { createPlansHandler } from './plans/handler.js';
export { createRoutesHandler } from './routes/handler.js';
export { createCentersHandler } from './centers/handler.js';
export { createInstructorsHandler } from './instructors/handler.js';
export { createChangesHandler } from './changes/handler.js';
export { createOpenApiHandler } from './openapi/handler.js';
export { createWorkerHandler, workerEventSchema } from './worker/handler.js';
export { buildOpenApiDocument } from './openapi/openApiDocument.js';
export { scenarioOf, solveJob } from './useCases/solveJob.js';
