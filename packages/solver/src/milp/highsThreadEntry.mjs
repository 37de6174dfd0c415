// Entry of a HiGHS worker thread. A worker thread does not inherit the parent's TypeScript
// loader (tsx, or vitest's transform), so it registers tsx itself. A Lambda bundle puts the
// bundled highsThread.ts under this name beside its index.mjs instead (infra's bundling hook).
import { register } from 'tsx/esm/api';

register();
await import('./highsThread.ts');
