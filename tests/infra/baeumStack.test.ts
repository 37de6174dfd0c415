import { randomUUID } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { planJobSchema } from '@baeum/model';
import { JobRepository, TABLE_DEFINITION } from '@baeum/store';
import { API_THROTTLE } from '../../infra/constructs/apiRoutes.js';
import {
  allStates,
  definitionOf,
  fillParameters,
  synthBaeum,
  unmarshall,
  type StateMachineDefinition,
} from './synthBaeum.js';

/** The routes of docs/contract.md and functions/README.md, and the function group that serves each. */
const EXPECTED_ROUTES: Record<string, string> = {
  'POST /demand': 'demand',
  'GET /regions/{regionId}/demand': 'demand',
  'PUT /regions/{regionId}/reference': 'reference',
  'GET /regions/{regionId}/directory': 'reference',
  'GET /regions/{regionId}/plan': 'plans',
  'POST /plans': 'plans',
  'GET /plans/jobs/{jobId}': 'plans',
  'GET /plans/{planId}': 'plans',
  'POST /plans/{planId}/publish': 'plans',
  'POST /plans/{planId}/replan': 'plans',
  'GET /plans/{planId}/diff': 'plans',
  'GET /regions/{regionId}/plans': 'plans',
  'GET /plans/{planId}/routes': 'routes',
  'GET /centers/{centerId}/assignments': 'centers',
  'GET /instructors/{instructorId}/calendar.ics': 'instructors',
  'POST /regions/{regionId}/changes': 'changes',
  'GET /regions/{regionId}/changes': 'changes',
  'POST /instructors/{instructorId}/absences': 'changes',
  'POST /centers/{centerId}/closures': 'changes',
  'POST /buses/{busId}/outages': 'changes',
  'GET /regions/{regionId}/audit': 'changes',
  'GET /instructors/{instructorId}/sessions': 'instructors',
  'GET /openapi.json': 'openapi',
};
const GROUPS = [
  'demand',
  'reference',
  'plans',
  'routes',
  'centers',
  'instructors',
  'changes',
  'openapi',
  'worker',
  'sweeper',
];
const WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];

type Resource = { Type: string; Properties: Record<string, any> };

let template: Template;
let violations: unknown[];
let warnings: string[];
let resources: Record<string, Resource>;

beforeAll(() => {
  ({ template, violations, warnings } = synthBaeum());
  resources = template.toJSON().Resources as Record<string, Resource>;
});

function ofType(type: string): [string, Resource][] {
  return Object.entries(resources).filter(([, r]) => r.Type === type);
}

/** Logical id of the function of a group (found by its POWERTOOLS_SERVICE_NAME). */
function functionOf(group: string): [string, Resource] {
  const found = ofType('AWS::Lambda::Function').find(
    ([, r]) => r.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME === `baeum-${group}`,
  );
  if (!found) throw new Error(`no function for group ${group}`);
  return found;
}

/** Every IAM action granted to a function's role, with the resources of each statement. */
function statementsOf(group: string): { actions: string[]; resource: unknown }[] {
  return roleStatements(functionOf(group)[1].Properties.Role['Fn::GetAtt'][0] as string);
}

function roleStatements(roleId: string): { actions: string[]; resource: unknown }[] {
  return ofType('AWS::IAM::Policy')
    .filter(([, p]) => (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === roleId))
    .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[])
    .map((s) => ({ actions: [s.Action].flat(), resource: s.Resource }));
}

function actionsOf(group: string): string[] {
  return statementsOf(group).flatMap((s) => s.actions);
}

function stateMachines(): { id: string; definition: StateMachineDefinition }[] {
  return ofType('AWS::StepFunctions::StateMachine').map(([id, r]) => ({ id, definition: definitionOf(r as never) }));
}

function solveMachine() {
  const found = stateMachines().find((m) => m.definition.StartAt === 'Solve');
  if (!found) throw new Error('no solve state machine');
  return found;
}

function nationalMachine() {
  const found = stateMachines().find((m) => m.definition.StartAt === 'Regions');
  if (!found) throw new Error('no national state machine');
  return found;
}

describe('synthesis', () => {
  it('passes CDK’s built-in CloudFormation validation without a finding', () => {
    expect(violations).toEqual([]);
  });

  it('raises no construct warning or error (deprecated props, misconfigurations)', () => {
    expect(warnings).toEqual([]);
  });
});

describe('HTTP API', () => {
  it('has exactly the routes of the interface, each served by its group’s function', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP' });
    const routes = ofType('AWS::ApiGatewayV2::Route').map(([, r]) => r.Properties);
    expect(routes.map((r) => r.RouteKey).sort()).toEqual(Object.keys(EXPECTED_ROUTES).sort());
    for (const route of routes) {
      const integrationId = (route.Target['Fn::Join'][1] as unknown[])[1] as { Ref: string };
      const uri = resources[integrationId.Ref].Properties.IntegrationUri as { 'Fn::GetAtt': string[] };
      expect([route.RouteKey, uri['Fn::GetAtt'][0]]).toEqual([
        route.RouteKey,
        functionOf(EXPECTED_ROUTES[route.RouteKey])[0],
      ]);
    }
  });

  it('throttles the default stage and logs every request', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Stage', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: {
        ThrottlingRateLimit: API_THROTTLE.rateLimit,
        ThrottlingBurstLimit: API_THROTTLE.burstLimit,
      },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('requestId') },
    });
  });

  it('guards every route but the OpenAPI document with the Cognito JWT authorizer', () => {
    const [authorizerId, authorizer] = ofType('AWS::ApiGatewayV2::Authorizer')[0];
    expect(ofType('AWS::ApiGatewayV2::Authorizer')).toHaveLength(1);
    expect(authorizer.Properties.AuthorizerType).toBe('JWT');
    const [clientId] = ofType('AWS::Cognito::UserPoolClient')[0];
    expect(authorizer.Properties.JwtConfiguration.Audience).toEqual([{ Ref: clientId }]);
    expect(JSON.stringify(authorizer.Properties.JwtConfiguration.Issuer)).toContain('cognito-idp.');
    for (const [, route] of ofType('AWS::ApiGatewayV2::Route')) {
      const { RouteKey, AuthorizationType, AuthorizerId } = route.Properties;
      if (RouteKey === 'GET /openapi.json') expect(AuthorizationType).toBe('NONE');
      else
        expect({ RouteKey, AuthorizationType, AuthorizerId }).toEqual({
          RouteKey,
          AuthorizationType: 'JWT',
          AuthorizerId: { Ref: authorizerId },
        });
    }
  });
});

describe('Lambda functions', () => {
  it('runs one Node 22 arm64 ESM function per group, with source maps on', () => {
    // Beside them only CDK's own function that copies the web app to its bucket.
    const baeum = ofType('AWS::Lambda::Function').filter(
      ([, f]) => f.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME,
    );
    expect(baeum).toHaveLength(GROUPS.length);
    expect(ofType('AWS::Lambda::Function')).toHaveLength(GROUPS.length + 1);
    for (const group of GROUPS) {
      const props = functionOf(group)[1].Properties;
      expect({ group, runtime: props.Runtime, architectures: props.Architectures, handler: props.Handler }).toEqual({
        group,
        runtime: 'nodejs22.x',
        architectures: ['arm64'],
        handler: 'index.handler',
      });
      expect(props.Environment.Variables.NODE_OPTIONS).toBe('--enable-source-maps');
    }
  });

  it(
    'gives the worker 3538 MB (two vCPUs for the HiGHS threads) and the 15-minute maximum, API functions under API ' +
      'Gateway’s 30 s',
    () => {
      expect(functionOf('worker')[1].Properties).toMatchObject({ MemorySize: 3538, Timeout: 900 });
      for (const group of GROUPS.filter((g) => g !== 'worker')) {
        expect(functionOf(group)[1].Properties.Timeout).toBeLessThan(30);
      }
    },
  );

  it('tells functions the table name, and only plans the solve state machine ARN', () => {
    const [tableId] = ofType('AWS::DynamoDB::GlobalTable')[0];
    for (const group of GROUPS) {
      const variables = functionOf(group)[1].Properties.Environment.Variables;
      expect(variables.TABLE_NAME).toEqual(group === 'openapi' ? undefined : { Ref: tableId });
      expect(variables.SOLVE_STATE_MACHINE_ARN).toEqual(group === 'plans' ? { Ref: solveMachine().id } : undefined);
    }
  });
});

describe('DynamoDB table', () => {
  it('is an on-demand TableV2 with the store’s keys, GSIs, TTL and point-in-time recovery', () => {
    template.resourceCountIs('AWS::DynamoDB::GlobalTable', 1);
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      BillingMode: TABLE_DEFINITION.billingMode,
      KeySchema: [
        { AttributeName: TABLE_DEFINITION.partitionKey.name, KeyType: 'HASH' },
        { AttributeName: TABLE_DEFINITION.sortKey.name, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: TABLE_DEFINITION.globalSecondaryIndexes.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
          { AttributeName: index.sortKey.name, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: index.projection },
      })),
      TimeToLiveSpecification: { AttributeName: TABLE_DEFINITION.timeToLiveAttribute, Enabled: true },
      Replicas: [Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } })],
    });
  });

  it('is kept when the stack is deleted', () => {
    template.hasResource('AWS::DynamoDB::GlobalTable', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });
});

describe('Step Functions', () => {
  it('has a solve machine and a national machine', () => {
    template.resourceCountIs('AWS::StepFunctions::StateMachine', 2);
    expect(
      stateMachines()
        .map((m) => m.definition.StartAt)
        .sort(),
    ).toEqual(['Regions', 'Solve']);
  });

  it(
    'solves a job with the worker, retrying Lambda service errors, and marks the job failed when the worker ' + 'dies',
    () => {
      const { States } = solveMachine().definition;
      const [workerId] = functionOf('worker');
      expect(States.Solve).toMatchObject({ Resource: `<GetAtt:${workerId}>`, Parameters: { 'jobId.$': '$.jobId' } });
      expect(JSON.stringify(States.Solve.Retry)).toContain('Lambda.ServiceException');
      expect(States.Solve.Catch).toEqual([
        expect.objectContaining({ ErrorEquals: ['States.ALL'], Next: 'MarkJobFailed' }),
      ]);
      expect(States.MarkJobFailed.Resource).toContain(':states:::dynamodb:updateItem');
      const jobId = randomUUID();
      const key = fillParameters(States.MarkJobFailed.Parameters?.Key, { jobId });
      // The same item JobRepository reads back for GET /plans/jobs/{jobId}.
      expect(unmarshall(key)).toEqual({ pk: `JOB#${jobId}`, sk: 'JOB' });
      expect(States.MarkJobFailed.Next).toBe('SolveFailed');
      expect(States.JobOutcome.Choices).toEqual([
        expect.objectContaining({ Variable: '$.result.status', StringEquals: 'failed' }),
      ]);
    },
  );

  it('runs the job sweep on a schedule, with read-write access to the table', () => {
    const [sweeperId] = functionOf('sweeper');
    const rules = ofType('AWS::Events::Rule').map(([, r]) => r.Properties);
    const sweep = rules.find((r) => JSON.stringify(r.Targets).includes(sweeperId));
    expect(sweep).toMatchObject({ ScheduleExpression: 'rate(5 minutes)', State: 'ENABLED' });
    const permission = ofType('AWS::Lambda::Permission').find(([, p]) =>
      JSON.stringify(p.Properties.FunctionName).includes(sweeperId),
    );
    expect(permission?.[1].Properties.Principal).toBe('events.amazonaws.com');
    expect(actionsOf('sweeper')).toEqual(expect.arrayContaining(['dynamodb:Query', ...WRITE_ACTIONS]));
  });

  it('fans the national run out over regions with a DISTRIBUTED map, 17 at a time, each a synchronous solve', () => {
    const [, resource] = ofType('AWS::StepFunctions::StateMachine').find(([id]) => id === nationalMachine().id)!;
    expect(JSON.stringify(resource.Properties.DefinitionString)).toContain('DISTRIBUTED');
    const regions = nationalMachine().definition.States.Regions;
    expect(regions).toMatchObject({
      Type: 'Map',
      ItemsPath: '$.regions',
      MaxConcurrency: 17,
      ToleratedFailurePercentage: 20,
      ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' } },
    });
    const states = allStates(nationalMachine().definition);
    expect(states.SolveRegion.Resource).toContain(':states:::states:startExecution.sync:2');
    expect(states.SolveRegion.Parameters?.StateMachineArn).toBe(`<Ref:${solveMachine().id}>`);
  });

  it('creates each region’s job as the very items JobRepository.create writes: active entry, then job', async () => {
    const written: Record<string, unknown>[] = [];
    const recordingDoc = {
      send: async (command: { input: { Item: Record<string, unknown> } }) => (written.push(command.input.Item), {}),
    };
    const job = await new JobRepository(recordingDoc as unknown as DynamoDBDocumentClient, 'baeum').create({
      regionId: '41',
      week: '2026-W49',
    });
    // NewJob's output (JSONata: $uuid(), $now(), epoch + TTL) for the same job.
    const newJobOutput = {
      regionId: job.regionId,
      week: job.week,
      jobId: job.jobId,
      now: job.createdAt,
      expiresAt: String(written[1].expiresAt),
    };
    const states = allStates(nationalMachine().definition);
    expect(states.NewJob.Next).toBe('RegisterActiveJob');
    expect(states.RegisterActiveJob.Next).toBe('CreateJob');
    const [activeEntry, jobItem] = [states.RegisterActiveJob, states.CreateJob].map((state) => {
      expect(state.Resource).toContain(':states:::dynamodb:putItem');
      return unmarshall(fillParameters(state.Parameters?.Item, newJobOutput));
    });
    expect([activeEntry, jobItem]).toEqual(written);
    expect(planJobSchema.parse(jobItem)).toMatchObject({ status: 'queued', regionId: '41' });
  });
});

describe('Cognito', () => {
  it('has one user pool with the four role groups and the scope attributes', () => {
    template.resourceCountIs('AWS::Cognito::UserPool', 1);
    template.resourceCountIs('AWS::Cognito::UserPoolClient', 1);
    const groups = ofType('AWS::Cognito::UserPoolGroup')
      .map(([, g]) => g.Properties.GroupName)
      .sort();
    expect(groups).toEqual(['center-manager', 'coordinator', 'dispatcher', 'instructor']);
    const [, pool] = ofType('AWS::Cognito::UserPool')[0];
    const custom = (pool.Properties.Schema as { Name: string; Mutable: boolean }[]).map((a) => a.Name).sort();
    expect(custom).toEqual(['busIds', 'centerId', 'instructorId', 'regionId']);
    expect(pool.Properties.AdminCreateUserConfig).toEqual({ AllowAdminCreateUserOnly: true });
  });
});

describe('web app', () => {
  it('serves the app from a private bucket through CloudFront, HTTPS only, index.html and config.json uncached', () => {
    template.resourceCountIs('AWS::CloudFront::Distribution', 1);
    const [, bucket] = ofType('AWS::S3::Bucket').find(([id]) => id.startsWith('WebAssets'))!;
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    const [, cdn] = ofType('AWS::CloudFront::Distribution')[0];
    const config = cdn.Properties.DistributionConfig;
    expect(config.DefaultRootObject).toBe('index.html');
    expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect(config.CacheBehaviors.map((b: any) => b.PathPattern).sort()).toEqual(['/config.json', '/index.html']);
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
  });

  it("deploys the build with a config.json naming the API, the hosted UI and the app's client", () => {
    const [, deployment] = ofType('Custom::CDKBucketDeployment')[0];
    const json = JSON.stringify(deployment.Properties);
    expect(json).toContain('config.json');
    expect(deployment.Properties.DistributionPaths).toEqual(['/index.html', '/config.json']);
  });

  it('lets the app client sign in through the hosted UI with the code flow, back to the app only', () => {
    const [, client] = ofType('AWS::Cognito::UserPoolClient')[0];
    expect(client.Properties.GenerateSecret).toBe(false);
    expect(client.Properties.AllowedOAuthFlows).toEqual(['code']);
    expect(client.Properties.AllowedOAuthScopes).toEqual(['openid', 'email', 'profile']);
    expect(client.Properties.CallbackURLs).toHaveLength(1);
    template.resourceCountIs('AWS::Cognito::UserPoolDomain', 1);
  });
});

describe('least privilege', () => {
  it('lets the read-only functions read the table but never write it', () => {
    for (const group of ['routes', 'centers', 'instructors']) {
      const actions = actionsOf(group);
      expect(actions, group).toContain('dynamodb:Query');
      expect(
        actions.filter((a) => WRITE_ACTIONS.includes(a)),
        group,
      ).toEqual([]);
    }
  });

  it('gives the OpenAPI function no table access at all', () => {
    expect(actionsOf('openapi').filter((a) => a.startsWith('dynamodb:'))).toEqual([]);
  });

  it('lets the writing functions put items', () => {
    for (const group of ['demand', 'reference', 'plans', 'changes', 'worker'])
      expect(actionsOf(group), group).toContain('dynamodb:PutItem');
  });

  it('lets the state machines write the table only the way their tasks do', () => {
    const dynamoActions = (machineId: string) =>
      roleStatements(resources[machineId].Properties.RoleArn['Fn::GetAtt'][0])
        .flatMap((s) => s.actions)
        .filter((a) => a.startsWith('dynamodb:'));
    expect(dynamoActions(solveMachine().id)).toEqual(['dynamodb:UpdateItem']);
    expect(dynamoActions(nationalMachine().id)).toEqual(['dynamodb:PutItem']);
  });

  it('lets only the plans function start solve executions, on the solve machine alone', () => {
    const starts = statementsOf('plans').filter((s) => s.actions.includes('states:StartExecution'));
    expect(starts.map((s) => s.resource)).toEqual([{ Ref: solveMachine().id }]);
    for (const group of GROUPS.filter((g) => g !== 'plans')) {
      expect(
        actionsOf(group).filter((a) => a.startsWith('states:')),
        group,
      ).toEqual([]);
    }
  });
});
