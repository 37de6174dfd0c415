import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stepFunctionsStarter } from '@baeum/functions';

describe('starting a solve on AWS', () => {
  const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
  // A stand-in Step Functions endpoint: the real SDK client talks HTTP to it.
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
      response.end(
        JSON.stringify({ executionArn: 'arn:aws:states:ap-northeast-2:1:execution:solve:job-1', startDate: 1 }),
      );
    });
  });
  let endpoint: string;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('starts an execution named after the job with the job id as input', async () => {
    const arn = 'arn:aws:states:ap-northeast-2:123456789012:stateMachine:solve';
    await stepFunctionsStarter(arn, 'ap-northeast-2', endpoint)('job-1');
    expect(received).toHaveLength(1);
    expect(received[0].headers['x-amz-target']).toBe('AWSStepFunctions.StartExecution');
    expect(JSON.parse(received[0].body)).toEqual({ stateMachineArn: arn, name: 'job-1', input: '{"jobId":"job-1"}' });
  });
});
