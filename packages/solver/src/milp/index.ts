export * from './model.js';
export { ModelBuilder } from './modelBuilder.js';
export { checkSolution, objectiveOf } from './solutionCheck.js';
export { toLpText } from './lpFormat.js';
export { highsBackend, highsRuntime } from './highsBackend.js';
export { jslBackend } from './jslBackend.js';
export { HighsThreadPool, probingRace } from './highsThreadPool.js';
