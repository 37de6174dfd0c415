import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Context } from 'aws-lambda';
import { Logger } from '@aws-lambda-powertools/logger';
import {
  createAppContext,
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
  pathExists,
  answerError,
  MethodNotAllowedProblem,
  NotFoundProblem,
  PayloadTooLargeProblem,
  UnauthorizedProblem,
  type ApiEvent,
  type ApiResult,
  type PlanSolver,
  type RouteGroup,
} from '@baeum/functions';
import { InvalidInputError } from '@baeum/model';
import { createDynamoClients, ensureTable, TABLE_DEFINITION } from '@baeum/store';
import { apiGatewayEvent } from './apiGatewayEvent.js';
import { loadDevSecret, signDevToken, verifyDevToken, type DevClaims } from './devToken.js';
import { startLocalDynalite } from './localDynalite.js';
import { devSignIn } from './devSignIn.js';
import { isWebAppPath, webAppDir, webAppFile } from './webAppFiles.js';
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
}

export interface LocalServer {
  url: string;
  tableName: string;
  devSecret: Uint8Array;
  signDevToken(claims: DevClaims): Promise<string>;
  /** Resolves when every queued solve has finished. */
  solvesIdle(): Promise<void>;
  /** Stops the server; a solve still running is stopped and its job (and any queued one) marked failed. */
  close(): Promise<void>;
}

/** Lambda's own request payload limit: API Gateway would refuse anything larger. */
const LOCAL_MAX_BODY_BYTES = 6 * 1024 * 1024;

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
    { startSolve: async (jobId) => queue?.enqueue(jobId), solvePlan: options.solvePlan ?? engine?.solve, logger },
  );
  const context = () => ctx;
  const worker = createWorkerHandler(context);
  queue = new SolveQueue((jobId) => worker({ jobId }, lambdaContext()));
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

  const server = createServer((request, response) => {
    // The same problem+json mapping as the handlers' middleware: refusals by category, anything
    // else a 500 with a correlation id that the log holds.
    serve(request, response).catch((error: unknown) => send(response, answerError(error, logger)));
  });

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const method = (request.method ?? 'GET').toUpperCase();
    const body = await readBody(request);
    if (body === undefined)
      throw new PayloadTooLargeProblem(
        LOCAL_MAX_BODY_BYTES,
        Number(request.headers['content-length'] ?? LOCAL_MAX_BODY_BYTES + 1),
      );
    // The web app, its config and the local sign-in sit beside the API, on paths it never uses.
    if (method === 'GET' && isWebAppPath(url.pathname)) return sendWebFile(response, url.pathname);
    if (method === 'GET' && url.pathname === '/config.json') return send(response, jsonResult(LOCAL_APP_CONFIG));
    if (method === 'GET' && url.pathname === '/dev/roles') return send(response, jsonResult(await signIn.roles()));
    if (method === 'POST' && url.pathname === '/dev/token') {
      return send(response, jsonResult(await signIn.token(jsonOf(body)), { 'cache-control': 'no-store' }));
    }
    const token = bearerToken(request);
    let claims: Record<string, unknown> | undefined;
    if (token) {
      try {
        claims = { ...(await verifyDevToken(devSecret, token)) };
      } catch (error) {
        // API Gateway's JWT authorizer answers 401 itself for a bad token; so do we.
        throw new UnauthorizedProblem(`invalid token: ${(error as Error).message}`);
      }
    }
    const matched = matchRoute(method, url.pathname);
    if (!matched) {
      const detail = `no route ${method} ${url.pathname}`;
      throw pathExists(url.pathname) ? new MethodNotAllowedProblem(detail) : new NotFoundProblem(detail, '$');
    }
    const event = apiGatewayEvent(request, url, matched, body, claims);
    send(response, await handlers[matched.route.group](event, lambdaContext()));
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
    devSecret,
    signDevToken: (claims) => signDevToken(devSecret, claims),
    solvesIdle: () => queue.idle(),
    close: async () => {
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

/** The request body as text, or undefined past the size limit (reading stops there). */
async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).byteLength;
    if (size > LOCAL_MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, result: ApiResult): void {
  if (response.headersSent) return;
  response.writeHead(result.statusCode, {
    ...(result.headers as Record<string, string>),
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
