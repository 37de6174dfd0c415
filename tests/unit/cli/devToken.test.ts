import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signDevToken, verifyDevToken } from '../../../packages/cli/src/server/devToken.js';

const secret = randomBytes(32);
const now = () => Math.floor(Date.now() / 1000);

/** A token signed (HS256) with the right secret, issuer and audience, with the times a test chooses. */
function craft(times: { iat?: number; exp?: number }, claims: Record<string, unknown> = { sub: 'dev-coordinator' }) {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const payload = { 'cognito:groups': ['coordinator'], 'custom:regionId': '41', iss: 'baeum-local' };
  const body = `${part({ alg: 'HS256' })}.${part({ ...payload, aud: 'baeum-api', ...times, ...claims })}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

describe('dev tokens', () => {
  it('accepts what baeum token signs', async () => {
    const token = await signDevToken(secret, { role: 'coordinator', regionId: '41' });
    expect((await verifyDevToken(secret, token))['custom:regionId']).toBe('41');
  });

  it('refuses a token without exp, without iat, valid for a century, issued in the future or too old', async () => {
    const t = now();
    const refused = [
      craft({ iat: t }),
      craft({ exp: t + 3600 }),
      craft({ iat: t, exp: t + 100 * 365 * 24 * 3600 }),
      craft({ iat: t + 3600, exp: t + 7200 }),
      craft({ iat: t - 13 * 3600, exp: t + 3600 }),
      craft({ iat: t, exp: t + 3600 }, { sub: undefined }),
    ];
    for (const token of refused) await expect(verifyDevToken(secret, token)).rejects.toThrow();
    await expect(verifyDevToken(secret, craft({ iat: t, exp: t + 3600 }))).resolves.toBeDefined();
  });

  it('refuses alg none and another secret', async () => {
    const token = await signDevToken(secret, { role: 'coordinator', regionId: '41' });
    const [, payload] = token.split('.');
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`;
    await expect(verifyDevToken(secret, none)).rejects.toThrow();
    await expect(verifyDevToken(randomBytes(32), token)).rejects.toThrow();
  });
});
