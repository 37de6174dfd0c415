export * from './model';
export { ModelBuilder } from './modelBuilder';
export { checkSolution, snapIntegers, objectiveOf, type SolutionDefect } from './solutionCheck';
export { toLpText } from './lpFormat';
export { highsBackend } from './highsBackend';
export { jslBackend } from './jslBackend';
export { HighsThreadPool, probingRace, sharedHighsPool } from './highsThreadPool';
