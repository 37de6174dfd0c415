import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadDevSecret, signDevToken, type DevClaims } from '../../../packages/cli/src/server/devToken.js';

const BIN = fileURLToPath(new URL('../../../packages/cli/bin/baeum.mjs', import.meta.url));

export interface ChildServer {
  url: string;
  child: ChildProcess;
  /** Everything the process printed on stdout so far. */
  output(): string;
  /** Resolves when stdout shows the text (or rejects after `timeoutMs`). */
  waitFor(text: string, timeoutMs?: number): Promise<void>;
  token(claims: DevClaims): Promise<string>;
  /** kill -9, and wait until the process is gone. */
  kill9(): Promise<void>;
  /** SIGTERM: the server's own orderly close. */
  stop(): Promise<void>;
}

/**
 * `baeum serve` in a child process (the compiled bin, as a user runs it) on a free port, with its
 * data in `dataDir`: a process the crash tests can kill -9 and the soak can measure on its own.
 */
export async function startChildServer(
  dataDir: string,
  options: { env?: Record<string, string>; args?: string[] } = {},
): Promise<ChildServer> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data', dataDir, ...(options.args ?? [])], {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const waiters: { text: string; resolve(): void }[] = [];
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    for (const w of waiters.filter((w) => stdout.includes(w.text))) w.resolve();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const waitFor = (text: string, timeoutMs = 60_000) =>
    new Promise<void>((resolve, reject) => {
      if (stdout.includes(text)) return resolve();
      const timer = setTimeout(
        () => reject(new Error(`no "${text}" from baeum serve in ${timeoutMs} ms:\n${stdout}\n${stderr.slice(-2000)}`)),
        timeoutMs,
      );
      waiters.push({ text, resolve: () => (clearTimeout(timer), resolve()) });
      void exited.then(() => reject(new Error(`baeum serve exited:\n${stdout}\n${stderr.slice(-2000)}`)));
    });
  await waitFor('coordinator token');
  const url = /baeum API on (http:\/\/[\d.:]+)/.exec(stdout)![1];
  const secret = await loadDevSecret(dataDir);
  return {
    url,
    child,
    output: () => stdout,
    waitFor,
    token: (claims) => signDevToken(secret, claims),
    kill9: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
