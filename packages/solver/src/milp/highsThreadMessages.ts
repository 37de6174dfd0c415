import type { HighsArrays } from './highsArrays.js';
import type { MilpSolution, MilpSolveOptions } from './model.js';

export interface HighsThreadRequest {
  id: number;
  arrays: HighsArrays;
  options: MilpSolveOptions;
}

export type HighsThreadReply =
  | { type: 'ready' }
  | { type: 'solved'; id: number; solution: MilpSolution }
  | { type: 'failed'; id: number; error: { name: string; message: string } };
