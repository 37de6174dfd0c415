import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import {
  auditEntrySchema,
  centerAssignmentsSchema,
  changeReportSchema,
  changeSetSchema,
  demandBatchSchema,
  instructorSessionsSchema,
  planDiffSchema,
  planJobSchema,
  planRequestSchema,
  planSchema,
  planSummarySchema,
  planVersionSchema,
  regionDirectorySchema,
  regionReferenceSchema,
} from '@baeum/model';
import { z } from 'zod';
import { API_ROUTES } from '../apiRoutes.js';
import {
  absenceBodySchema,
  auditQuerySchema,
  busPathSchema,
  changeReportBodySchema,
  closureBodySchema,
  diffQuerySchema,
  outageBodySchema,
  centerPathSchema,
  demandAcceptedSchema,
  demandViewSchema,
  featureCollectionSchema,
  idempotencyHeaderSchema,
  instructorPathSchema,
  jobAcceptedSchema,
  jobPathSchema,
  planPathSchema,
  problemSchema,
  referenceStoredSchema,
  regionPathSchema,
  routesQuerySchema,
  weekQuerySchema,
} from '../apiSchemas.js';

// Named components: zod metadata ids become #/components/schemas entries.
const problem = problemSchema.meta({ id: 'Problem' });
const demandBatch = demandBatchSchema.meta({ id: 'DemandBatch' });
const regionReference = regionReferenceSchema.meta({ id: 'RegionReference' });
const plan = planSchema.meta({ id: 'Plan' });
const planJob = planJobSchema.meta({ id: 'PlanJob' });
const changeSet = changeSetSchema.meta({ id: 'ChangeSet' });
const changeReport = changeReportSchema.meta({ id: 'ChangeReport' });
const planDiff = planDiffSchema.meta({ id: 'PlanDiff' });

type Operation = Omit<RouteConfig, 'method' | 'path'>;
type Responses = RouteConfig['responses'];

const json = (schema: z.ZodType, description: string, mediaType = 'application/json') => ({
  description,
  content: { [mediaType]: { schema } },
});

/** The problem+json answers every authenticated route may give. */
function withProblems(responses: Responses, statuses: number[]): Responses {
  const titles: Record<number, string> = {
    400: 'bad query, path parameter or header (errors name query.x / path.x / header.x)',
    401: 'no bearer token',
    403: "outside the caller's role or scope",
    404: 'unknown id',
    409: 'conflict',
    413: 'body too large',
    415: 'body is not JSON',
    422: 'invalid body or unknown ids; errors name each JSON path',
    500: 'unexpected error; the body names only a correlation id, which the log holds',
  };
  const problems = Object.fromEntries(
    [...statuses, 500].map((s) => [s, json(problem, titles[s], 'application/problem+json')]),
  );
  return { ...responses, ...problems };
}

const body = (schema: z.ZodType, description: string) => ({
  required: true,
  description,
  content: { 'application/json': { schema } },
});
const AUTH = [400, 401, 403];

/** Request and response shapes of each route key of API_ROUTES. */
const OPERATIONS: Record<string, Operation> = {
  'POST /demand': {
    summary: 'Submit a batch of demand requests (all stored or none)',
    request: { headers: idempotencyHeaderSchema, body: body(demandBatch, 'requests of one or more regions') },
    responses: withProblems(
      {
        201: json(demandAcceptedSchema, 'stored'),
        200: json(demandAcceptedSchema, 'replay of an Idempotency-Key: nothing new stored'),
      },
      [...AUTH, 409, 413, 415, 422],
    ),
  },
  'GET /regions/{regionId}/demand': {
    summary: "A region-week's aggregated demand",
    request: { params: regionPathSchema, query: weekQuerySchema },
    responses: withProblems({ 200: json(demandViewSchema, 'aggregated demand') }, AUTH),
  },
  'PUT /regions/{regionId}/reference': {
    summary: "Replace a region's reference data (coordinator)",
    request: { params: regionPathSchema, body: body(regionReference, 'a scenario without week and demand') },
    responses: withProblems({ 200: json(referenceStoredSchema, 'stored') }, [...AUTH, 413, 415, 422]),
  },
  'POST /plans': {
    summary: 'Queue a solve of a region-week',
    request: { body: body(planRequestSchema, 'region and ISO week') },
    responses: withProblems({ 202: json(jobAcceptedSchema, 'job queued; poll statusUrl') }, [...AUTH, 413, 415, 422]),
  },
  'GET /plans/jobs/{jobId}': {
    summary: 'A solve job',
    request: { params: jobPathSchema },
    responses: withProblems({ 200: json(planJob, 'job status') }, [...AUTH, 404]),
  },
  'GET /plans/{planId}': {
    summary: 'A plan',
    request: { params: planPathSchema },
    responses: withProblems({ 200: json(plan, 'the plan') }, [...AUTH, 404]),
  },
  'POST /plans/{planId}/publish': {
    summary: 'Publish a plan (one per region-week)',
    request: { params: planPathSchema },
    responses: withProblems({ 200: json(planSummarySchema, 'published') }, [...AUTH, 404, 409]),
  },
  'POST /plans/{planId}/replan': {
    summary: 'Queue a repair of a plan after a change set (coordinator)',
    request: {
      params: planPathSchema,
      body: body(
        changeSet.partial({ asOf: true, changes: true }),
        'the changes (none: the pending reports of the week); sessions before asOf (default now) are history',
      ),
    },
    responses: withProblems({ 202: json(jobAcceptedSchema, 'repair job queued') }, [...AUTH, 404, 413, 415, 422]),
  },
  'GET /plans/{planId}/diff': {
    summary: 'What a plan changes against another (default: the plan in force)',
    request: { params: planPathSchema, query: diffQuerySchema },
    responses: withProblems({ 200: json(planDiff, 'sessions, learners and routes changed') }, [...AUTH, 404]),
  },
  'GET /regions/{regionId}/plans': {
    summary: "A region-week's plan versions",
    request: { params: regionPathSchema, query: weekQuerySchema },
    responses: withProblems(
      {
        200: json(
          z.object({ regionId: z.string(), week: z.string(), versions: z.array(planVersionSchema) }),
          'versions',
        ),
      },
      AUTH,
    ),
  },
  'GET /plans/{planId}/routes': {
    summary: "A plan's bus routes as GeoJSON (dispatchers: their buses only)",
    request: { params: planPathSchema, query: routesQuerySchema },
    responses: withProblems(
      { 200: json(featureCollectionSchema, 'LineString per route, Point per stop', 'application/geo+json') },
      [...AUTH, 404],
    ),
  },
  'GET /centers/{centerId}/assignments': {
    summary: "A center's sessions, rooms, instructors and learner counts for a week",
    request: { params: centerPathSchema, query: weekQuerySchema },
    responses: withProblems(
      { 200: json(centerAssignmentsSchema, 'assignments from the published (else latest) plan') },
      [...AUTH, 404],
    ),
  },
  'GET /instructors/{instructorId}/calendar.ics': {
    summary: "An instructor's week as iCalendar",
    request: { params: instructorPathSchema, query: weekQuerySchema },
    responses: withProblems(
      { 200: { description: 'one VEVENT per session', content: { 'text/calendar': { schema: z.string() } } } },
      [...AUTH, 404],
    ),
  },
  'POST /regions/{regionId}/changes': {
    summary: 'Report a change of the region (coordinator: any, including demand)',
    request: { params: regionPathSchema, body: body(changeReportBodySchema, 'week and change') },
    responses: withProblems({ 201: json(changeReport, 'stored, pending') }, [...AUTH, 404, 413, 415, 422]),
  },
  'GET /regions/{regionId}/changes': {
    summary: "A region-week's reported changes, pending and applied",
    request: { params: regionPathSchema, query: weekQuerySchema },
    responses: withProblems({ 200: json(z.object({ changes: z.array(changeReport) }), 'changes') }, AUTH),
  },
  'POST /instructors/{instructorId}/absences': {
    summary: 'Report an absence (the instructor, or the coordinator)',
    request: { params: instructorPathSchema, body: body(absenceBodySchema, 'week and dates') },
    responses: withProblems({ 201: json(changeReport, 'stored, pending') }, [...AUTH, 404, 413, 415, 422]),
  },
  'POST /centers/{centerId}/closures': {
    summary: 'Report a closed room (its center manager, or the coordinator)',
    request: { params: centerPathSchema, body: body(closureBodySchema, 'week, room and dates') },
    responses: withProblems({ 201: json(changeReport, 'stored, pending') }, [...AUTH, 404, 413, 415, 422]),
  },
  'POST /buses/{busId}/outages': {
    summary: 'Report a bus out of service (its dispatcher, or the coordinator)',
    request: { params: busPathSchema, body: body(outageBodySchema, 'week and dates') },
    responses: withProblems({ 201: json(changeReport, 'stored, pending') }, [...AUTH, 404, 413, 415, 422]),
  },
  'GET /regions/{regionId}/audit': {
    summary: "A region's audit log for a period (coordinator)",
    request: { params: regionPathSchema, query: auditQuerySchema },
    responses: withProblems({ 200: json(z.object({ entries: z.array(auditEntrySchema) }), 'entries') }, AUTH),
  },
  'GET /regions/{regionId}/directory': {
    summary: "The region's names and places for any of its staff (reference data less policy and instructors' details)",
    request: { params: regionPathSchema },
    responses: withProblems({ 200: json(regionDirectorySchema, 'the directory') }, [...AUTH, 404]),
  },
  'GET /regions/{regionId}/plan': {
    summary: "The summary of the region-week's plan in force (published, else the newest), for any of its staff",
    request: { params: regionPathSchema, query: weekQuerySchema },
    responses: withProblems({ 200: json(planSummarySchema, 'the plan in force') }, [...AUTH, 404]),
  },
  'GET /instructors/{instructorId}/sessions': {
    summary: "An instructor's week as JSON: sessions, venues and the road km and minutes from home",
    request: { params: instructorPathSchema, query: weekQuerySchema },
    responses: withProblems({ 200: json(instructorSessionsSchema, 'from the published (else latest) plan') }, [
      ...AUTH,
      404,
    ]),
  },
  'GET /openapi.json': {
    summary: 'This document',
    responses: {
      200: {
        description: 'OpenAPI 3.1',
        content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } },
      },
    },
  },
};

/** Builds the OpenAPI 3.1 document of every route in API_ROUTES from the zod schemas. */
export function buildOpenApiDocument(serverUrl?: string) {
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
  });
  for (const route of API_ROUTES) {
    const [method, path] = route.routeKey.split(' ');
    const operation = OPERATIONS[route.routeKey];
    if (!operation) throw new Error(`no OpenAPI description for ${route.routeKey}`);
    registry.registerPath({
      method: method.toLowerCase() as RouteConfig['method'],
      path,
      tags: [route.group],
      security: route.public ? [] : [{ [bearer.name]: [] }],
      ...operation,
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'baeum API',
      version: '1',
      description: 'Demand intake, weekly training plans, bus routes, center assignments and instructor calendars.',
    },
    servers: serverUrl ? [{ url: serverUrl }] : [],
  });
}
