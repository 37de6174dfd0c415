import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { Principal } from '../useCases/principal.js';

/**
 * An API Gateway HTTP API (payload 2.0) event as the handlers see it: the JWT authorizer's
 * claims (AWS) or the local server's verified dev-token claims sit in the same place, and the
 * middlewares add the parsed JSON body and the caller.
 */
export type ApiEvent = APIGatewayProxyEventV2 & {
  requestContext: APIGatewayProxyEventV2['requestContext'] & {
    authorizer?: { jwt?: { claims?: Record<string, unknown>; scopes?: string[] | null } };
  };
  jsonBody?: unknown;
  principal?: Principal;
};
