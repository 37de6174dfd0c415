import { Command } from 'commander';
import { InvalidInputError } from '@baeum/model/errors';

/**
 * `baeum serve`: the HTTP API on this machine (dynalite under --data, the same handlers as
 * on AWS, the solve worker in-process with the plan engine on a worker thread) and the web app at `/`.
 * Prints the URLs and a coordinator token for region 41.
 */
export function serveCommand(): Command {
  return new Command('serve')
    .description('run the HTTP API locally (dynalite in-process, no cloud account)')
    .option('--port <n>', 'port (0 = any free port)', '3000')
    .option('--data <dir>', 'folder for the local database and the dev-token secret', '.baeum')
    .option('--region <id>', 'region of the printed coordinator token', '41')
    .option('--rate-limit <n>', 'requests a second for all callers, bursts of twice that (0 = off)', '50')
    .exitOverride()
    .action(async (flags: { port: string; data: string; region: string; rateLimit: string }) => {
      if (!/^\d{1,5}$/.test(flags.port) || Number(flags.port) > 65535) {
        throw new InvalidInputError('serve flags', [
          { path: '--port', message: `"${flags.port}" is not a port number` },
        ]);
      }
      if (!/^\d{1,6}$/.test(flags.rateLimit)) {
        throw new InvalidInputError('serve flags', [
          { path: '--rate-limit', message: `"${flags.rateLimit}" is not a whole number of requests a second` },
        ]);
      }
      const rate = Number(flags.rateLimit);
      // Loaded on use: the server pulls in the AWS SDK, dynalite and every handler, which
      // other commands (and `--help`) should not pay for at start-up.
      const { startLocalServer } = await import('../server/startLocalServer.js');
      const server = await startLocalServer({
        port: Number(flags.port),
        dataDir: flags.data,
        logLevel: 'INFO',
        warmSolver: true,
        checkpoint: pauseAt(process.env.BAEUM_PAUSE_AT),
        // API Gateway's stage throttle (50/s, bursts of 100) unless the flag says otherwise.
        rateLimit: rate === 0 ? false : { ratePerSec: rate, burst: 2 * rate },
      });
      const token = await server.signDevToken({ role: 'coordinator', regionId: flags.region });
      // The token is printed once, on its own line, never inside a URL (URLs end up in logs).
      process.stdout.write(
        `baeum API on ${server.url} (data in ${flags.data}, table ${server.tableName})\n` +
          `web app: ${server.url}/ (sign in as any role of the seeded regions)\n` +
          `OpenAPI: ${server.url}/openapi.json\n` +
          `coordinator token for the API (region ${flags.region}, 12 hours):\n${token}\n`,
      );
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void server.close().then(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}

/**
 * BAEUM_PAUSE_AT=<point> (the crash tests, tests/reliability/crash.test.ts): at that point of a
 * solve or a plan write the work stops for good and `paused at <point>` is printed, so a test can
 * kill -9 the process exactly there. Unset, the checkpoints cost nothing.
 */
function pauseAt(point: string | undefined) {
  if (!point) return undefined;
  return (name: string) => {
    if (name !== point) return Promise.resolve();
    process.stdout.write(`paused at ${name}\n`);
    return new Promise<void>(() => undefined);
  };
}
