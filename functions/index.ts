export {
  API_CORS,
  API_LIMITS,
  API_ROUTES,
  allowedMethods,
  matchRoute,
  type ApiRoute,
  type MatchedRoute,
  type RouteGroup,
} from './apiRoutes.js';
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
  Checkpoint,
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
  BadRequestProblem,
  HttpProblem,
  MethodNotAllowedProblem,
  NotFoundProblem,
  PayloadTooLargeProblem,
  TooManyRequestsProblem,
  UnauthorizedProblem,
} from './http/problems.js';
export { withSecurityHeaders } from './http/securityHeaders.js';
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
export { createSweeperHandler } from './sweeper/handler.js';
export { sweepJobs, type SweepResult } from './useCases/jobLeases.js';
export { buildOpenApiDocument } from './openapi/openApiDocument.js';
export { scenarioOf, solveJob } from './useCases/solveJob.js';
