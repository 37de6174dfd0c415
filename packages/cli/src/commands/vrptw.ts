import { Command } from 'commander';
import type { VrptwFlags } from '../actions/runVrptw.js';

/**
 * `baeum vrptw FILE`: solves a Solomon VRPTW instance and writes
 * {"vehicles", "distance", "routes": [[customer numbers]]} (depot implicit, Euclidean
 * unrounded). A malformed file ends with exit 2 naming the line; customers left unserved
 * (only possible with a fixed --vehicles fleet) are listed with their reason and exit 1.
 */
export function vrptwCommand(): Command {
  return new Command('vrptw')
    .description('solve a Solomon VRPTW benchmark file (Euclidean distances, travel time = distance)')
    .argument('<file>', 'Solomon instance, e.g. data/solomon/c101.txt')
    .option('--vehicles <n>', 'fixed fleet size: serve every customer with n vehicles, then minimise distance')
    .option('--time-limit <seconds>', 'wall-clock budget', '10')
    .option('--seed <n>', 'random seed (same seed and iterations, same result)', '1')
    .requiredOption('--out <file>', 'solution JSON to write')
    .action(async (file: string, flags: VrptwFlags) => {
      const { runVrptw } = await import('../actions/runVrptw.js');
      await runVrptw(file, flags);
    });
}
