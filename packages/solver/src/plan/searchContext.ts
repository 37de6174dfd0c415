import type { PlanProgress } from '@baeum/model';
import type { HighsThreadPool, MilpBackend, ModelSize } from '../milp/index.js';
import type { PlanCandidates } from './candidates.js';
import type { OpenedSession } from './candidates.js';
import type { PlanParameters } from './parameters.js';

/** What every strategy of the plan engine works with. */
export interface SearchContext {
  c: PlanCandidates;
  parameters: PlanParameters;
  /** Solves in the calling thread (HiGHS or javascript-lp-solver). */
  backend: MilpBackend;
  /** HiGHS worker threads, when the caller gave two or more. */
  pool?: HighsThreadPool;
  /** performance.now() by which the search ends. */
  deadline: number;
  progress: (p: PlanProgress) => void;
}

/** A strategy's answer: the sessions it opened, a proven bound of the week, how it ended. */
export interface SearchResult {
  opened: OpenedSession[];
  bound: number;
  status: 'optimal' | 'time-limit';
  size: ModelSize;
}
