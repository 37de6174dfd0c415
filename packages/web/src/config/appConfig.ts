import { z } from 'zod';

/**
 * Where the app finds the API and how people sign in. `baeum serve` answers `config.json` with a
 * dev sign-in on its own origin; on AWS the stack writes it to the app's bucket with the API's
 * URL and the Cognito hosted UI's domain and client id.
 */
const appConfigSchema = z.object({
  /** The API's base URL; empty means the app's own origin. */
  apiUrl: z.string(),
  auth: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('dev') }),
    z.object({
      kind: z.literal('cognito'),
      /** The hosted UI, e.g. https://baeum.auth.ap-northeast-2.amazoncognito.com */
      domain: z.url(),
      clientId: z.string().min(1),
    }),
  ]),
});

export type AppConfig = z.infer<typeof appConfigSchema>;

export async function loadAppConfig(): Promise<AppConfig> {
  const response = await fetch('config.json', { cache: 'no-cache' });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  return appConfigSchema.parse(await response.json());
}
