import { Aws, Duration, Fn, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AccountRecovery,
  FeaturePlan,
  OAuthScope,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

/** The roles of INTERFACES.md, carried in the `cognito:groups` claim. */
const USER_GROUPS = ['coordinator', 'dispatcher', 'center-manager', 'instructor'] as const;

/**
 * Scope claims (`custom:<name>`) the handlers read to limit a user to their region, center,
 * buses or own calendar. Mutable: staff move between centers.
 */
const SCOPE_ATTRIBUTES = {
  regionId: new StringAttribute({ minLen: 1, maxLen: 32, mutable: true }),
  centerId: new StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
  busIds: new StringAttribute({ minLen: 1, maxLen: 2048, mutable: true }),
  instructorId: new StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
};

export interface UserDirectoryProps {
  /** Where the hosted UI may send people back: the web app's URL. */
  readonly appUrl: string;
}

/**
 * Staff accounts: a Cognito user pool (admin-created users), its role groups, the hosted UI's
 * domain and the web app's client (authorization code flow; the app sends a PKCE challenge, and a
 * client without a secret cannot redeem a code without the verifier).
 */
export class UserDirectory extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  readonly domain: UserPoolDomain;

  constructor(scope: Construct, id: string, props: UserDirectoryProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'UserPool', {
      // Staff are invited by a coordinator; nobody signs themselves up.
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      customAttributes: SCOPE_ATTRIBUTES,
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.ESSENTIALS,
      passwordPolicy: { minLength: 12 },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    USER_GROUPS.forEach((groupName, precedence) => {
      this.userPool.addGroup(groupName, { groupName, precedence, description: `baeum ${groupName}` });
    });
    this.client = this.userPool.addClient('WebClient', {
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [props.appUrl],
        logoutUrls: [props.appUrl],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
      preventUserExistenceErrors: true,
    });
    // A hosted-UI prefix must be unique in the region: the stack id's UUID makes it so.
    this.domain = this.userPool.addDomain('HostedUi', {
      cognitoDomain: { domainPrefix: Fn.join('-', ['baeum', Fn.select(2, Fn.split('/', Aws.STACK_ID))]) },
    });
  }

  /** The hosted UI's base URL (`https://<prefix>.auth.<region>.amazoncognito.com`). */
  get hostedUiUrl(): string {
    return this.domain.baseUrl();
  }

  /** The issuer the HTTP API's JWT authorizer trusts (an env-agnostic token expression). */
  get jwtIssuer(): string {
    const region = Stack.of(this).region;
    return `https://cognito-idp.${region}.amazonaws.com/${this.userPool.userPoolId}`;
  }
}
