import type { MiddlewareObj } from '@middy/core';
import { z } from 'zod';
import type { ApiEvent } from './apiEvent.js';
import { ROLES, type Principal, type Role } from '../useCases/principal.js';

/**
 * API Gateway hands JWT array claims over as a string "[a b]"; a dev token has a real array;
 * a single group may be a plain string. All three mean the same list.
 */
function listClaim(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string') return [];
  const inner = value.trim().replace(/^\[/, '').replace(/\]$/, '');
  return inner.split(/[\s,]+/).filter((item) => item.length > 0);
}

const optionalText = z.string().trim().min(1).optional().catch(undefined);

/** The principal of verified claims, or undefined when there are none. */
export function principalOf(claims: Record<string, unknown> | undefined): Principal | undefined {
  if (!claims || Object.keys(claims).length === 0) return undefined;
  const roles = listClaim(claims['cognito:groups']).filter((g): g is Role => (ROLES as readonly string[]).includes(g));
  return {
    subject: optionalText.parse(claims.sub),
    roles,
    regionId: optionalText.parse(claims['custom:regionId']),
    centerId: optionalText.parse(claims['custom:centerId']),
    busIds: listClaim(claims['custom:busIds']),
    instructorId: optionalText.parse(claims['custom:instructorId']),
  };
}

/**
 * Middy middleware: reads the claims the JWT authorizer (AWS) or the local server (dev token)
 * verified into `event.principal`. It trusts them: verification happened before the handler.
 * Routes that need a caller refuse a missing principal with 401.
 */
export function claimsPrincipal(): MiddlewareObj<ApiEvent> {
  return {
    name: 'claimsPrincipal',
    before: (request) => {
      request.event.principal = principalOf(request.event.requestContext?.authorizer?.jwt?.claims);
    },
  };
}
