import middy from '@middy/core';
import { envAppContext, type ContextProvider } from '../appContext.js';
import { sweepJobs } from '../useCases/jobLeases.js';

/**
 * The job sweep on AWS, run by an EventBridge schedule: every job queued or solving whose lease
 * passed (its worker died without the state machine noticing, or the Lambda that created it
 * died before starting its execution) is settled, ready if its plan exists, else failed.
 */
export function createSweeperHandler(context: ContextProvider) {
  return middy().handler(async () => sweepJobs(context()));
}

export const handler = createSweeperHandler(envAppContext);
