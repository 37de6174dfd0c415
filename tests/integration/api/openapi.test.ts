import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '@baeum/functions';
import { startLocalServer, type LocalServer } from '../../../packages/cli/src/server/index.js';
import { call } from './support/apiClient.js';

/** Every `$ref` in a document, so each can be resolved against it. */
function refsOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refsOf(v, out);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') out.push(v);
      else refsOf(v, out);
    }
  }
  return out;
}

function resolvePointer(document: any, ref: string): unknown {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce(
      (node, key) => (node === undefined ? undefined : node[key.replace(/~1/g, '/').replace(/~0/g, '~')]),
      document,
    );
}

describe('GET /openapi.json', () => {
  let server: LocalServer;
  let doc: any;
  beforeAll(async () => {
    server = await startLocalServer({ port: 0, inMemory: true, logLevel: 'SILENT' });
    const answer = await call(server.url, 'GET', '/openapi.json');
    expect(answer.status).toBe(200);
    doc = answer.body;
  }, 30_000);
  afterAll(() => server?.close());

  it('is an OpenAPI 3.1 document, public, with a bearer security scheme', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBeTruthy();
    expect(doc.components.securitySchemes.bearer).toEqual({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  });

  it('describes every route of the API with its parameters, body and responses', () => {
    for (const { routeKey, public: isPublic } of API_ROUTES) {
      const [method, path] = routeKey.split(' ');
      const operation = doc.paths[path]?.[method.toLowerCase()];
      expect(operation, routeKey).toBeDefined();
      expect(Object.keys(operation.responses).length, routeKey).toBeGreaterThan(0);
      const declared = (operation.parameters ?? [])
        .filter((p: any) => p.in === 'path')
        .map((p: any) => p.name)
        .sort();
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(declared, routeKey).toEqual(inPath);
      if (!isPublic) {
        expect(operation.security, routeKey).toEqual([{ bearer: [] }]);
        expect(operation.responses['401'], routeKey).toBeDefined();
        expect(operation.responses['403'], routeKey).toBeDefined();
      }
      if (method === 'PUT' || routeKey === 'POST /demand' || routeKey === 'POST /plans') {
        expect(operation.requestBody.content['application/json'].schema, routeKey).toBeDefined();
      }
    }
    const weekParam = doc.paths['/regions/{regionId}/demand'].get.parameters.find((p: any) => p.name === 'week');
    expect(weekParam).toMatchObject({ in: 'query', required: true });
    expect(Object.keys(doc.paths)).toHaveLength(new Set(API_ROUTES.map((r) => r.routeKey.split(' ')[1])).size);
  });

  it('resolves every $ref to a component schema', () => {
    const refs = refsOf(doc);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(resolvePointer(doc, ref), ref).toBeDefined();
    expect(doc.components.schemas.Plan.type).toBe('object');
    expect(doc.components.schemas.DemandBatch.properties.requests.type).toBe('array');
    // The diff is documented field by field, not as an open object.
    const diff = doc.paths['/plans/{planId}/diff'].get.responses['200'].content['application/json'].schema;
    expect(diff).toEqual({ $ref: '#/components/schemas/PlanDiff' });
    expect(Object.keys(doc.components.schemas.PlanDiff.properties)).toEqual([
      'basePlanId',
      'planId',
      'sessions',
      'learners',
      'routes',
      'totals',
    ]);
  });
});
