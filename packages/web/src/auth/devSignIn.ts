import { z } from 'zod';
import { ApiError } from '../api/apiError.js';
import type { Role } from './identity.js';

const signableRegionSchema = z.object({
  regionId: z.string(),
  name: z.string(),
  buses: z.array(z.object({ id: z.string() })),
  centers: z.array(z.object({ id: z.string(), name: z.string().optional(), areaId: z.string() })),
  instructors: z.array(z.object({ id: z.string(), name: z.string().optional() })),
  areas: z.array(z.object({ id: z.string(), name: z.string(), nameEng: z.string().optional() })),
});

const rolesSchema = z.object({ regions: z.array(signableRegionSchema) });
const tokenSchema = z.object({ token: z.string().min(1), expiresIn: z.number() });

export type SignableRegion = z.infer<typeof signableRegionSchema>;

export interface DevIdentityRequest {
  role: Role;
  regionId: string;
  centerId?: string;
  busIds?: string[];
  instructorId?: string;
}

/** The local server's sign-in (`GET /dev/roles`, `POST /dev/token`): development only, never on AWS. */
export const devSignIn = {
  async regions(apiUrl: string): Promise<SignableRegion[]> {
    const response = await fetch(`${apiUrl}/dev/roles`);
    if (!response.ok) throw await responseError(response);
    return rolesSchema.parse(await response.json()).regions;
  },
  async token(apiUrl: string, request: DevIdentityRequest): Promise<string> {
    const response = await fetch(`${apiUrl}/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    if (!response.ok) throw await responseError(response);
    return tokenSchema.parse(await response.json()).token;
  },
};

function responseError(response: Response): Promise<Error> {
  return ApiError.fromResponse(response);
}
