import type { HighsArrays } from './highsArrays';
import type { MilpSolution, MilpSolveOptions } from './model';

export interface HighsThreadRequest {
  id: number;
  arrays: HighsArrays;
  options: MilpSolveOptions;
}

export type HighsThreadReply =
  | { type: 'ready' }
  | { type: 'solved'; id: number; solution: MilpSolution }
  | { type: 'failed'; id: number; error: { name: string; message: string } };
