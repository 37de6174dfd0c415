import { CfnOutput, Duration } from 'aws-cdk-lib';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  LogGroupLogDestination,
  type ThrottleSettings,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
// The functions' own route table: the local server matches requests with it and API Gateway is
// wired from it, so the two cannot disagree on a route or on the group that serves it.
import { API_CORS, API_LIMITS, API_ROUTES, type RouteGroup as ApiGroup } from '@baeum/functions/api-routes';
import { HandlerFunction } from './handlerFunction.js';
import { monthOfLogs } from './monthOfLogs.js';

/** A route key of the route table that is not `<METHOD> /path`. */
class InvalidRouteKeyError extends Error {
  constructor(readonly routeKey: string) {
    super(`route key "${routeKey}" is not "<METHOD> /path"`);
    this.name = 'InvalidRouteKeyError';
  }
}

function methodAndPath(routeKey: string): { method: HttpMethod; path: string } {
  const [method, path] = routeKey.split(' ');
  if (!Object.values(HttpMethod).includes(method as HttpMethod) || !path?.startsWith('/')) {
    throw new InvalidRouteKeyError(routeKey);
  }
  return { method: method as HttpMethod, path };
}

/** The stage throttle of API_LIMITS (the local server applies the same numbers). */
export const API_THROTTLE: ThrottleSettings = { rateLimit: API_LIMITS.rateLimit, burstLimit: API_LIMITS.burstLimit };

/** What each group may do to the table: the least each handler needs. */
const TABLE_ACCESS: Record<ApiGroup, 'none' | 'read' | 'readWrite'> = {
  demand: 'readWrite',
  reference: 'readWrite',
  plans: 'readWrite',
  routes: 'read',
  centers: 'read',
  instructors: 'read',
  changes: 'readWrite',
  openapi: 'none',
};

export interface ApiRoutesProps {
  readonly table: ITableV2;
  readonly solveMachine: IStateMachine;
  /** Cognito issuer URL and app client ids the JWT authorizer accepts. */
  readonly jwtIssuer: string;
  readonly jwtAudience: string[];
  readonly functionsDir?: string;
}

/** The HTTP API: one function per route group, a JWT authorizer on every private route. */
export class ApiRoutes extends Construct {
  readonly api: HttpApi;
  readonly functions: Record<ApiGroup, HandlerFunction>;

  constructor(scope: Construct, id: string, props: ApiRoutesProps) {
    super(scope, id);
    this.functions = this.createFunctions(props);
    this.api = new HttpApi(this, 'HttpApi', {
      description: 'baeum: demand intake, weekly plans, routes, assignments',
      // API_CORS, which the local server mirrors.
      corsPreflight: {
        allowOrigins: [...API_CORS.allowOrigins],
        allowMethods: API_CORS.allowMethods.map((method) => CorsHttpMethod[method]),
        allowHeaders: [...API_CORS.allowHeaders],
        maxAge: Duration.seconds(API_CORS.maxAgeSec),
      },
      createDefaultStage: false,
    });
    this.api.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: API_THROTTLE,
      accessLogSettings: {
        destination: new LogGroupLogDestination(monthOfLogs(this, 'AccessLogs')),
      },
    });
    const authorizer = new HttpJwtAuthorizer('CognitoJwt', props.jwtIssuer, {
      jwtAudience: props.jwtAudience,
    });
    const integrations = new Map<ApiGroup, HttpLambdaIntegration>();
    for (const route of API_ROUTES) {
      let integration = integrations.get(route.group);
      if (!integration) {
        integration = new HttpLambdaIntegration(`${route.group}Integration`, this.functions[route.group].fn);
        integrations.set(route.group, integration);
      }
      const { method, path } = methodAndPath(route.routeKey);
      this.api.addRoutes({
        path,
        methods: [method],
        integration,
        authorizer: route.public ? undefined : authorizer,
      });
    }
    new CfnOutput(this, 'ApiUrl', { value: this.api.apiEndpoint });
  }

  private createFunctions(props: ApiRoutesProps): Record<ApiGroup, HandlerFunction> {
    const groups = Object.keys(TABLE_ACCESS) as ApiGroup[];
    const functions = Object.fromEntries(groups.map((group) => [group, this.createFunction(group, props)])) as Record<
      ApiGroup,
      HandlerFunction
    >;
    // Only POST /plans starts solves; the ARN is its only way to the state machine.
    props.solveMachine.grantStartExecution(functions.plans.fn);
    return functions;
  }

  private createFunction(group: ApiGroup, props: ApiRoutesProps): HandlerFunction {
    const access = TABLE_ACCESS[group];
    const environment: Record<string, string> = access === 'none' ? {} : { TABLE_NAME: props.table.tableName };
    if (group === 'plans') environment.SOLVE_STATE_MACHINE_ARN = props.solveMachine.stateMachineArn;
    const handler = new HandlerFunction(this, group, {
      group,
      functionsDir: props.functionsDir,
      // API Gateway gives up after 30 s; a handler that needs longer belongs in the worker.
      timeout: Duration.seconds(group === 'openapi' ? 5 : 15),
      memorySizeMb: group === 'openapi' ? 256 : 1024,
      environment,
    });
    if (access === 'read') props.table.grantReadData(handler.fn);
    if (access === 'readWrite') props.table.grantReadWriteData(handler.fn);
    return handler;
  }
}
