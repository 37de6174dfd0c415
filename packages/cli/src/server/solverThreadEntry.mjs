// Entry of the plan-engine thread. A worker thread does not inherit the parent's TypeScript
// loader (tsx, or vitest's transform), so it registers tsx itself, as bin/baeum.mjs does.
import { register } from 'tsx/esm/api';

register();
await import('./solverThread.ts');
