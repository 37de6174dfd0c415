import type { UserManager } from 'oidc-client-ts';

interface CognitoSettings {
  domain: string;
  clientId: string;
}

/**
 * Cognito's hosted UI with the authorization code flow and PKCE (oidc-client-ts makes the
 * verifier and checks the state). Loaded only on AWS, so the local app carries none of it.
 */
async function userManager({ domain, clientId }: CognitoSettings): Promise<UserManager> {
  const { UserManager, WebStorageStateStore } = await import('oidc-client-ts');
  const redirect = `${location.origin}${location.pathname}`;
  return new UserManager({
    authority: domain,
    client_id: clientId,
    redirect_uri: redirect,
    post_logout_redirect_uri: redirect,
    response_type: 'code',
    scope: 'openid email profile',
    userStore: new WebStorageStateStore({ store: sessionStorage }),
    // Cognito's hosted UI has no discovery document on its domain: name its endpoints.
    metadata: {
      issuer: domain,
      authorization_endpoint: `${domain}/oauth2/authorize`,
      token_endpoint: `${domain}/oauth2/token`,
      userinfo_endpoint: `${domain}/oauth2/userInfo`,
      end_session_endpoint: `${domain}/logout`,
    },
  });
}

export async function startCognitoSignIn(settings: CognitoSettings): Promise<void> {
  await (await userManager(settings)).signinRedirect();
}

/**
 * After the hosted UI sends the browser back with `?code=`: exchanges it for tokens and returns
 * the ID token (the one with `cognito:groups` and `custom:*`, which the API's authorizer takes).
 */
export async function finishCognitoSignIn(settings: CognitoSettings): Promise<string | undefined> {
  if (!new URLSearchParams(location.search).has('code')) return undefined;
  const user = await (await userManager(settings)).signinRedirectCallback();
  history.replaceState(null, '', `${location.pathname}${location.hash}`);
  return user.id_token;
}
