import { fileURLToPath } from 'node:url';
import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { ApiRoutes } from '../constructs/apiRoutes.js';
import { DataTable } from '../constructs/dataTable.js';
import { HandlerFunction, HIGHS_BESIDE_BUNDLE, LAMBDA_HIGHS_THREAD_SCRIPT } from '../constructs/handlerFunction.js';
import { JobSweep } from '../constructs/jobSweep.js';
import { NationalRun } from '../constructs/nationalRun.js';
import { SolveMachine } from '../constructs/solveMachine.js';
import { UserDirectory } from '../constructs/userDirectory.js';
import { WebApp } from '../constructs/webApp.js';

export interface BaeumStackProps extends StackProps {
  /** Default: the repository's functions/ folder. */
  readonly functionsDir?: string;
  /** The built web app; default packages/web/dist. */
  readonly webDistDir?: string;
}

/**
 * All of baeum in one env-agnostic stack (no account/region, no lookups): it synthesises
 * offline and deploys to any region.
 */
export class BaeumStack extends Stack {
  readonly dataTable: DataTable;
  readonly users: UserDirectory;
  readonly worker: HandlerFunction;
  readonly solve: SolveMachine;
  readonly national: NationalRun;
  readonly sweep: JobSweep;
  readonly api: ApiRoutes;
  readonly web: WebApp;

  constructor(scope: Construct, id: string, props: BaeumStackProps = {}) {
    super(scope, id, props);
    this.dataTable = new DataTable(this, 'Data');
    this.web = new WebApp(this, 'Web', { distDir: props.webDistDir ?? defaultWebDistDir() });
    this.users = new UserDirectory(this, 'Users', { appUrl: this.web.url });
    this.worker = new HandlerFunction(this, 'Worker', {
      group: 'worker',
      functionsDir: props.functionsDir,
      // A province model must solve inside one invocation; memory also buys CPU for HiGHS:
      // 1,769 MB is one vCPU's worth, so 3,538 MB gives the plan engine's two HiGHS threads
      // two whole vCPUs (at 3,008 MB Lambda shows two but credits 1.7).
      memorySizeMb: 3538,
      timeout: Duration.minutes(15),
      environment: { TABLE_NAME: this.dataTable.table.tableName, HIGHS_THREAD_SCRIPT: LAMBDA_HIGHS_THREAD_SCRIPT },
      commandHooks: HIGHS_BESIDE_BUNDLE,
    });
    this.dataTable.table.grantReadWriteData(this.worker.fn);
    this.solve = new SolveMachine(this, 'Solve', { worker: this.worker.fn, table: this.dataTable.table });
    this.sweep = new JobSweep(this, 'JobSweep', { table: this.dataTable.table, functionsDir: props.functionsDir });
    this.national = new NationalRun(this, 'National', {
      table: this.dataTable.table,
      solveMachine: this.solve.stateMachine,
    });
    this.api = new ApiRoutes(this, 'Api', {
      table: this.dataTable.table,
      solveMachine: this.solve.stateMachine,
      jwtIssuer: this.users.jwtIssuer,
      jwtAudience: [this.users.client.userPoolClientId],
      functionsDir: props.functionsDir,
    });
    this.web.configure({
      apiUrl: this.api.api.apiEndpoint,
      cognitoDomain: this.users.hostedUiUrl,
      clientId: this.users.client.userPoolClientId,
    });
    this.outputs();
  }

  private outputs(): void {
    new CfnOutput(this, 'TableName', { value: this.dataTable.table.tableName });
    new CfnOutput(this, 'UserPoolId', { value: this.users.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.users.client.userPoolClientId });
    new CfnOutput(this, 'HostedUiUrl', { value: this.users.hostedUiUrl });
    new CfnOutput(this, 'SolveStateMachineArn', { value: this.solve.stateMachine.stateMachineArn });
    new CfnOutput(this, 'NationalStateMachineArn', { value: this.national.stateMachine.stateMachineArn });
  }
}

/** packages/web/dist of this repository (the build `npm run build` makes). */
function defaultWebDistDir(): string {
  return fileURLToPath(new URL('../../packages/web/dist', import.meta.url));
}
