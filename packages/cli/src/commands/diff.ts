import { Command } from 'commander';

/** `baeum diff base.json next.json [--json]`: what changed between two plans of one region-week. */
export function diffCommand(): Command {
  return new Command('diff')
    .description('compare two plans of a region-week: sessions, learners moved or losing a seat, routes')
    .argument('<base>', 'the earlier plan JSON')
    .argument('<next>', 'the later plan JSON')
    .option('--json', 'print the diff as JSON')
    .exitOverride()
    .action(async (base: string, next: string, flags: { json?: boolean }) => {
      const { runDiff } = await import('../actions/runDiff.js');
      await runDiff(base, next, flags);
    });
}
