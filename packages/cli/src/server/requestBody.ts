import type { IncomingMessage } from 'node:http';
import { PayloadTooLargeProblem } from '@baeum/functions';

/** How long the rest of a refused body is read and thrown away before the socket is closed. */
const DISCARD_MS = 10_000;

/**
 * The request body as text, or a 413 past `maxBytes`: refused from Content-Length before a byte
 * is read, else when the count passes the limit. Either way the answer says `Connection: close`
 * and the rest of the body is read and dropped (for at most DISCARD_MS), so the client finishes
 * sending, reads the 413 and sees the connection end. Left unread, the body would stall the
 * socket, and a next request on it would never be answered.
 */
export function readBody(request: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? Number.NaN);
  if (declared > maxBytes) return Promise.reject(refuse(request, maxBytes, declared));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= maxBytes) return void chunks.push(chunk);
      request.off('data', onData);
      request.off('end', onEnd);
      chunks.length = 0;
      reject(refuse(request, maxBytes, size));
    };
    const onEnd = () => resolve(Buffer.concat(chunks).toString('utf8'));
    request.on('data', onData);
    request.once('end', onEnd);
    request.once('error', reject);
  });
}

function refuse(request: IncomingMessage, maxBytes: number, bytes: number): PayloadTooLargeProblem {
  const problem = new PayloadTooLargeProblem(maxBytes, bytes);
  problem.headers = { connection: 'close' };
  const timer = setTimeout(() => request.socket.destroy(), DISCARD_MS);
  timer.unref();
  request.once('end', () => clearTimeout(timer));
  request.resume();
  return problem;
}
