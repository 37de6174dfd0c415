import { App, type AppProps } from 'aws-cdk-lib';
import { BaeumStack } from './stacks/baeumStack.js';

export const STACK_NAME = 'Baeum';

export interface CreateAppOptions extends AppProps {
  /** Handler tree with functions/<group>/handler.ts layout; default the repository's. */
  readonly functionsDir?: string;
}

/** The CDK app with its one stack; outdir and context pass through to App. */
export function createApp(options: CreateAppOptions = {}): { app: App; stack: BaeumStack } {
  const { functionsDir, ...appProps } = options;
  const app = new App(appProps);
  const stack = new BaeumStack(app, STACK_NAME, {
    description:
      'baeum: demand intake, weekly training plans, bus routes (HTTP API, Lambda, DynamoDB, Step Functions, Cognito)',
    functionsDir,
  });
  return { app, stack };
}
