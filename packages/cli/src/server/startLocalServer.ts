import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Context } from 'aws-lambda';
import { Logger } from '@aws-lambda-powertools/logger';
import {
  createAppContext,
  type AppContext,
  createCentersHandler,
  createChangesHandler,
  createDemandHandler,
  createInstructorsHandler,
  createOpenApiHandler,
  createPlansHandler,
  createReferenceHandler,
  createRoutesHandler,
  createWorkerHandler,
  matchRoute,
  allowedMethods,
  answerError,
  API_LIMITS,
  BadRequestProblem,
  MethodNotAllowedProblem,
  NotFoundProblem,
  TooManyRequestsProblem,
  UnauthorizedProblem,
  withSecurityHeaders,
  sweepJobs,
  type ApiEvent,
  type ApiResult,
  type Checkpoint,
  type PlanSolver,
  type RouteGroup,
} from '@baeum/functions';
import { InvalidInputError } from '@baeum/model';
import { createDynamoClients, ensureTable, TABLE_DEFINITION } from '@baeum/store';
import { apiGatewayEvent } from './apiGatewayEvent.js';
import { corsHeaders, isPreflight, preflightAnswer } from './cors.js';
import { loadDevSecret, signDevToken, verifyDevToken, type DevClaims } from './devToken.js';
import { startLocalDynalite } from './localDynalite.js';
import { devSignIn } from './devSignIn.js';
import { isWebAppPath, webAppDir, webAppFile } from './webAppFiles.js';
import { tokenBucket, type RateLimit } from './rateLimiter.js';
import { readBody } from './requestBody.js';
import { SolveQueue } from './solveQueue.js';
import { threadPlanSolver } from './threadPlanSolver.js';

export interface LocalServerOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Where dynalite keeps its data and the dev-token secret (default `.baeum`). */
  dataDir?: string;
  /** Keep nothing on disk (tests). */
  inMemory?: boolean;
  /** Replaces the plan engine, run in-process on the server's thread (tests with a stand-in solver). */
  solvePlan?: PlanSolver;
  /**
   * The module whose `solvePlan` export the plan-engine thread runs (default @baeum/solver;
   * a path or file URL, e.g. a test's slow stand-in). Ignored when `solvePlan` is given.
   */
  solverModule?: string;
  /** Load the plan engine on its thread right away (the demo, `baeum serve`), not on the first solve. */
  warmSolver?: boolean;
  logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';
  /** The built web app served at `/` (default packages/web/dist). */
  webAppDir?: string;
  /**
   * Requests a second for all callers together, as API Gateway's stage throttle (default
   * API_LIMITS: 50 a second, bursts of 100); `false` switches it off (load tests of the server).
   */
  rateLimit?: RateLimit | false;
  /** Awaited at the named points of a solve and a plan write (the crash tests pause there). */
  checkpoint?: Checkpoint;
  /** Job lease in seconds (default 60): the server sweeps every half lease. */
  jobLeaseSec?: number;
}

export interface LocalServer {
  url: string;
  tableName: string;
  /** The in-process dynalite's endpoint (tests read the table directly). */
  dynamoEndpoint: string;
  devSecret: Uint8Array;
  signDevToken(claims: DevClaims): Promise<string>;
  /** Resolves when every queued solve has finished. */
  solvesIdle(): Promise<void>;
  /** Stops the server; a solve still running is stopped and its job (and any queued one) marked failed. */
  close(): Promise<void>;
}

type Handler = (event: ApiEvent, context: Context) => Promise<ApiResult>;

/**
 * baeum's HTTP API on this machine, no cloud account: dynalite in-process, the same Lambda
 * handlers behind a node:http server that builds API Gateway v2 events, dev tokens verified
 * here as API Gateway's JWT authorizer would, and the solve worker on an in-process queue
 * whose plan engine runs on a worker thread, so the API answers (job progress too) while
 * HiGHS works.
 */
export async function startLocalServer(options: LocalServerOptions = {}): Promise<LocalServer> {
  const dataDir = resolve(options.dataDir ?? '.baeum');
  if (!options.inMemory) await mkdir(join(dataDir, 'dynamodb'), { recursive: true });
  const db = await startLocalDynalite({ path: options.inMemory ? undefined : join(dataDir, 'dynamodb') });
  const tableName = TABLE_DEFINITION.defaultTableName;
  const { client } = createDynamoClients({ endpoint: db.endpoint, region: 'ap-northeast-2' });
  await ensureTable(client, tableName);
  const devSecret = await loadDevSecret(dataDir, { inMemory: options.inMemory });

  const logger = new Logger({ serviceName: 'baeum-local', logLevel: options.logLevel ?? 'WARN' });
  let queue: SolveQueue | undefined;
  const engine = options.solvePlan ? undefined : threadPlanSolver({ solverModule: options.solverModule });
  if (options.warmSolver) engine?.warm();
  const ctx = createAppContext(
    { tableName, dynamoEndpoint: db.endpoint, awsRegion: 'ap-northeast-2' },
    {
      startSolve: async (jobId) => queue?.enqueue(jobId),
      solvePlan: options.solvePlan ?? engine?.solve,
      logger,
      checkpoint: options.checkpoint,
      jobLeaseSec: options.jobLeaseSec,
    },
  );
  // The data folder is LevelDB's, locked to this process: a job still queued or solving in it
  // lost its worker with the process before (a crash, kill -9). Settle them before serving.
  const recovered = await sweepJobs(ctx, { ownerGone: true });
  if (recovered.ready + recovered.failed > 0) logger.warn('jobs of the previous server settled', { ...recovered });
  const context = () => ctx;
  const worker = createWorkerHandler(context);
  queue = new SolveQueue((jobId) => worker({ jobId }, lambdaContext()));
  const leases = keepLeases(ctx, queue, logger);
  const handlers: Record<RouteGroup, Handler> = {
    demand: createDemandHandler(context),
    reference: createReferenceHandler(context),
    plans: createPlansHandler(context),
    routes: createRoutesHandler(context),
    centers: createCentersHandler(context),
    instructors: createInstructorsHandler(context),
    changes: createChangesHandler(context),
    openapi: createOpenApiHandler(context),
  };
  const signIn = devSignIn(ctx, devSecret);
  const appDir = options.webAppDir ?? webAppDir();

  const limiter = options.rateLimit === false ? undefined : tokenBucket(options.rateLimit ?? defaultRateLimit());
  const server = createServer((request, response) => {
    // The same problem+json mapping as the handlers' middleware: refusals by category, anything
    // else a 500 with a correlation id that the log holds.
    serve(request, response).catch((error: unknown) => send(request, response, answerError(error, logger)));
  });

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = (request.method ?? 'GET').toUpperCase();
    if (isPreflight(request)) return send(request, response, preflightAnswer());
    const wait = limiter?.take() ?? 0;
    if (wait > 0) throw new TooManyRequestsProblem(wait);
    const url = requestUrl(request);
    const body = await readBody(request, API_LIMITS.maxBodyBytes);
    // The web app, its config and the local sign-in sit beside the API, on paths it never uses.
    if (method === 'GET' && isWebAppPath(url.pathname)) return sendWebFile(response, url.pathname);
    if (method === 'GET' && url.pathname === '/config.json') {
      return send(request, response, jsonResult(LOCAL_APP_CONFIG));
    }
    if (method === 'GET' && url.pathname === '/dev/roles') {
      return send(request, response, jsonResult(await signIn.roles()));
    }
    if (method === 'POST' && url.pathname === '/dev/token') {
      return send(request, response, jsonResult(await signIn.token(jsonOf(body)), { 'cache-control': 'no-store' }));
    }
    const matched = matchRoute(method, url.pathname);
    let claims: Record<string, unknown> | undefined;
    // As API Gateway: a public route has no authorizer, so its Authorization header is not read.
    const token = matched?.route.public ? undefined : bearerToken(request);
    if (token) {
      try {
        claims = { ...(await verifyDevToken(devSecret, token)) };
      } catch (error) {
        // API Gateway's JWT authorizer answers 401 itself for a bad token; so do we.
        throw new UnauthorizedProblem(`invalid token: ${(error as Error).message}`);
      }
    }
    if (!matched) {
      const detail = `no route ${method} ${url.pathname}`;
      const allow = allowedMethods(url.pathname);
      throw allow.length > 0 ? new MethodNotAllowedProblem(detail, allow) : new NotFoundProblem(detail, '$');
    }
    const event = apiGatewayEvent(request, url, matched, body, claims);
    send(request, response, await handlers[matched.route.group](event, lambdaContext()));
  }

  async function sendWebFile(response: ServerResponse, pathname: string): Promise<void> {
    const file = await webAppFile(appDir, pathname);
    if (!file) {
      const hint = pathname === '/' ? ': the web app is not built (npm run build)' : '';
      throw new NotFoundProblem(`no file ${pathname}${hint}`, '$');
    }
    response.writeHead(200, {
      'content-type': file.contentType,
      'cache-control': file.cacheControl,
      'x-content-type-options': 'nosniff',
      'content-length': file.body.byteLength,
    });
    response.end(file.body);
  }

  // An injected in-process solver (tests) and saving a large plan can hold this event loop for
  // seconds; a short keep-alive timeout would then close sockets that clients are about to
  // reuse (ECONNRESET on the next poll).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 3000, options.host ?? '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    tableName,
    dynamoEndpoint: db.endpoint,
    devSecret,
    signDevToken: (claims) => signDevToken(devSecret, claims),
    solvesIdle: () => queue.idle(),
    close: async () => {
      leases.stop();
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
      // Stopping the engine first fails a running solve at once (its job is marked failed)
      // instead of waiting out a province solve on Ctrl-C.
      await engine?.close();
      await queue.idle();
      client.destroy();
      await db.close();
    },
  };
}

/** The web app's settings on this machine: the API is this origin, sign-in through /dev/token. */
const LOCAL_APP_CONFIG = { apiUrl: '', auth: { kind: 'dev' } };

function jsonResult(body: unknown, headers: Record<string, string> = {}): ApiResult {
  return { statusCode: 200, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

function jsonOf(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    throw new InvalidInputError('dev sign-in', [{ path: '$', message: 'the body is not JSON' }]);
  }
}

function bearerToken(request: IncomingMessage): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  return match?.[1];
}

/**
 * The server renews the lease of every job its queue holds (waiting ones too: the worker renews
 * only the one it solves) and sweeps every half lease, as the scheduled sweep does on AWS.
 */
function keepLeases(ctx: AppContext, queue: SolveQueue, logger: Logger): { stop(): void } {
  const everyMs = (ctx.jobs.leaseSec * 1000) / 4;
  let round = 0;
  const timer = setInterval(() => {
    round += 1;
    const renew = Promise.all(queue.jobIds().map((jobId) => ctx.jobs.heartbeat(jobId)));
    const work = round % 2 === 0 ? renew.then(() => sweepJobs(ctx)) : renew;
    work.catch((error: unknown) => logger.warn('lease upkeep failed', { reason: (error as Error).message }));
  }, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/** API Gateway's stage throttle, mirrored. */
function defaultRateLimit(): RateLimit {
  return { ratePerSec: API_LIMITS.rateLimit, burst: API_LIMITS.burstLimit };
}

/** The request's URL; a request target that is not an absolute path (`*`, `http://x/`) is a 400. */
function requestUrl(request: IncomingMessage): URL {
  const target = request.url ?? '/';
  try {
    if (target.startsWith('/')) return new URL(`http://localhost${target}`);
  } catch {
    // not a URL: refused below
  }
  throw new BadRequestProblem('the request target must be a path', [{ path: '$', message: 'not a path' }]);
}

/** Every answer with the API's security headers, CORS as API Gateway adds it, and its length. */
function send(request: IncomingMessage, response: ServerResponse, result: ApiResult): void {
  if (response.headersSent) return;
  const { headers } = withSecurityHeaders(result);
  response.writeHead(result.statusCode, {
    ...(headers as Record<string, string>),
    ...corsHeaders(request),
    'content-length': Buffer.byteLength(result.body),
  });
  response.end(result.body);
}

function lambdaContext(): Context {
  return {
    functionName: 'baeum-local',
    awsRequestId: crypto.randomUUID(),
    callbackWaitsForEmptyEventLoop: false,
  } as Context;
}
