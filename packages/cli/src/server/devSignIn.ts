import { PROVINCES } from '@baeum/geo';
import { InvalidInputError, type RegionReference } from '@baeum/model';
import type { AppContext } from '@baeum/functions';
import { devClaimsSchema, signDevToken } from './devToken.js';

/** The web app's local sign-in token lives an hour: long enough for a session, short enough to expire. */
const SIGN_IN_TOKEN_SECONDS = 3600;

/** What the sign-in page offers for one region that has reference data. */
interface SignableRegion {
  regionId: string;
  name: string;
  buses: { id: string }[];
  centers: { id: string; name?: string; areaId: string }[];
  instructors: { id: string; name?: string }[];
  areas: { id: string; name: string; nameEng?: string }[];
}

/**
 * `GET /dev/roles` and `POST /dev/token` of the local server only (never on AWS, where Cognito
 * signs people in): the identities one can sign in as for the seeded regions (a region's
 * coordinator, dispatcher of some of its buses, manager of one of its centers, one of its
 * instructors), and a short-lived dev token for one of them. No token ever travels in a URL.
 */
export function devSignIn(ctx: AppContext, secret: Uint8Array) {
  async function regions(): Promise<SignableRegion[]> {
    const found = await Promise.all(PROVINCES.map((p) => ctx.references.get(p.regionId)));
    return found.filter((r): r is RegionReference => r !== undefined).map(signable);
  }

  return {
    /** `GET /dev/roles`. */
    async roles(): Promise<{ roles: string[]; regions: SignableRegion[] }> {
      return { roles: [...devClaimsSchema.shape.role.options], regions: await regions() };
    },

    /** `POST /dev/token`: claims checked against the region's reference data, every bad field named. */
    async token(body: unknown): Promise<{ token: string; expiresIn: number }> {
      const parsed = devClaimsSchema.safeParse(body);
      if (!parsed.success) {
        throw new InvalidInputError(
          'dev sign-in',
          parsed.error.issues.map((i) => ({ path: `$.${i.path.join('.')}`, message: i.message })),
        );
      }
      const claims = parsed.data;
      const reference = claims.regionId ? await ctx.references.get(claims.regionId) : undefined;
      const issues = scopeIssues(claims, reference);
      if (issues.length > 0) throw new InvalidInputError('dev sign-in', issues);
      return {
        token: await signDevToken(secret, { ...claims, subject: `dev-${claims.role}` }, SIGN_IN_TOKEN_SECONDS),
        expiresIn: SIGN_IN_TOKEN_SECONDS,
      };
    },
  };
}

function signable(reference: RegionReference): SignableRegion {
  return {
    regionId: reference.region.id,
    name: reference.region.name,
    buses: reference.buses.map(({ id }) => ({ id })),
    centers: reference.centers.map(({ id, name, areaId }) => ({ id, name, areaId })),
    instructors: reference.instructors.map(({ id, name }) => ({ id, name })),
    areas: reference.areas.map(({ id, name, nameEng }) => ({ id, name, nameEng })),
  };
}

type Claims = ReturnType<typeof devClaimsSchema.parse>;

/** Every way the claims do not fit the region: unknown region, or a scope its role needs and the region lacks. */
function scopeIssues(claims: Claims, reference: RegionReference | undefined): { path: string; message: string }[] {
  if (!claims.regionId) return [{ path: '$.regionId', message: 'a region is required' }];
  if (!reference) return [{ path: '$.regionId', message: `region ${claims.regionId} has no reference data` }];
  const issues: { path: string; message: string }[] = [];
  const has = (list: { id: string }[], id: string | undefined) => id !== undefined && list.some((x) => x.id === id);
  if (claims.role === 'center-manager' && !has(reference.centers, claims.centerId))
    issues.push({
      path: '$.centerId',
      message: `no center ${claims.centerId ?? '(none)'} in region ${claims.regionId}`,
    });
  if (claims.role === 'instructor' && !has(reference.instructors, claims.instructorId))
    issues.push({ path: '$.instructorId', message: `no instructor ${claims.instructorId ?? '(none)'} in the region` });
  if (claims.role === 'dispatcher') {
    if (!claims.busIds || claims.busIds.length === 0)
      issues.push({ path: '$.busIds', message: 'pick at least one bus' });
    for (const [i, busId] of (claims.busIds ?? []).entries())
      if (!has(reference.buses, busId))
        issues.push({ path: `$.busIds[${i}]`, message: `no bus ${busId} in the region` });
  }
  return issues;
}
