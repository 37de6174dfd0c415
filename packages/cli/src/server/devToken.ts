import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { JWTClaimValidationFailed } from 'jose/errors';
import { z } from 'zod';

/** Issuer and audience of local dev tokens: a Cognito token is never accepted here, nor the reverse. */
const DEV_TOKEN_ISSUER = 'baeum-local';
const DEV_TOKEN_AUDIENCE = 'baeum-api';

const devRoleSchema = z.enum(['coordinator', 'dispatcher', 'center-manager', 'instructor']);

/** Who a dev token speaks for; becomes the same claims a Cognito user pool puts in its tokens. */
export const devClaimsSchema = z.object({
  role: devRoleSchema,
  regionId: z.string().min(1).optional(),
  centerId: z.string().min(1).optional(),
  busIds: z.array(z.string().min(1)).optional(),
  instructorId: z.string().min(1).optional(),
  subject: z.string().min(1).optional(),
});
export type DevClaims = z.input<typeof devClaimsSchema>;

/** The Cognito-shaped claims of a dev identity. */
function jwtClaimsOf(input: DevClaims): JWTPayload {
  const c = devClaimsSchema.parse(input);
  return {
    sub: c.subject ?? `dev-${c.role}`,
    'cognito:groups': [c.role],
    ...(c.regionId ? { 'custom:regionId': c.regionId } : {}),
    ...(c.centerId ? { 'custom:centerId': c.centerId } : {}),
    ...(c.busIds && c.busIds.length > 0 ? { 'custom:busIds': c.busIds.join(',') } : {}),
    ...(c.instructorId ? { 'custom:instructorId': c.instructorId } : {}),
  };
}

/** A dev token lives at most 12 hours, like a Cognito ID token's default day of work. */
const DEV_TOKEN_LIFETIME_SEC = 12 * 3600;
/** Clocks of the signer and the server may differ this much (seconds). */
const CLOCK_TOLERANCE_SEC = 60;

/** Signs a dev token (HS256; 12 hours unless `expiresInSec` is shorter, e.g. an hour for the web app's sign-in). */
export async function signDevToken(
  secret: Uint8Array,
  claims: DevClaims,
  expiresInSec = DEV_TOKEN_LIFETIME_SEC,
): Promise<string> {
  return new SignJWT(jwtClaimsOf(claims))
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(DEV_TOKEN_ISSUER)
    .setAudience(DEV_TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${Math.min(expiresInSec, DEV_TOKEN_LIFETIME_SEC)}s`)
    .sign(secret);
}

/**
 * Verifies a dev token's signature (HS256 only), issuer, audience and times: `exp` and `iat` are
 * required, `iat` may not lie in the future, and the token may not be older or valid longer than
 * the 12 hours `baeum token` gives (a token without `exp`, or one valid for a century, is refused).
 */
export async function verifyDevToken(secret: Uint8Array, token: string): Promise<JWTPayload> {
  const { payload } = await jwtVerify(token, secret, {
    algorithms: ['HS256'],
    issuer: DEV_TOKEN_ISSUER,
    audience: DEV_TOKEN_AUDIENCE,
    requiredClaims: ['exp', 'iat', 'sub'],
    maxTokenAge: DEV_TOKEN_LIFETIME_SEC,
    clockTolerance: CLOCK_TOLERANCE_SEC,
  });
  if (payload.exp! - payload.iat! > DEV_TOKEN_LIFETIME_SEC + CLOCK_TOLERANCE_SEC) {
    throw new JWTClaimValidationFailed('"exp" claim: valid for longer than 12 hours', payload, 'exp', 'check_failed');
  }
  return payload;
}

/**
 * The dev-token secret: BAEUM_DEV_SECRET when set, else a random one kept in
 * `<dataDir>/dev-secret` so that tokens outlive a server restart (in memory: never written).
 */
export async function loadDevSecret(dataDir: string, options: { inMemory?: boolean } = {}): Promise<Uint8Array> {
  const fromEnv = process.env.BAEUM_DEV_SECRET;
  if (fromEnv && fromEnv.length > 0) return new TextEncoder().encode(fromEnv);
  if (options.inMemory) return randomBytes(32);
  const file = join(dataDir, 'dev-secret');
  try {
    const hex = (await readFile(file, 'utf8')).trim();
    if (/^[0-9a-f]{64}$/.test(hex)) return Buffer.from(hex, 'hex');
  } catch {
    // no secret yet: create one below
  }
  const secret = randomBytes(32);
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${secret.toString('hex')}\n`, { mode: 0o600 });
  return secret;
}
