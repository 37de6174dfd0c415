import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { AccountRecovery, FeaturePlan, StringAttribute, UserPool, type UserPoolClient } from 'aws-cdk-lib/aws-cognito';
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

/** Staff accounts: a Cognito user pool (admin-created users), its role groups and the app client. */
export class UserDirectory extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;

  constructor(scope: Construct, id: string) {
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
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
      preventUserExistenceErrors: true,
    });
  }

  /** The issuer the HTTP API's JWT authorizer trusts (an env-agnostic token expression). */
  get jwtIssuer(): string {
    const region = Stack.of(this).region;
    return `https://cognito-idp.${region}.amazonaws.com/${this.userPool.userPoolId}`;
  }
}
