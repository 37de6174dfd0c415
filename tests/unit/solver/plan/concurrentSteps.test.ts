import { describe, expect, it } from 'vitest';
import { runConcurrently, type Step } from '../../../../packages/solver/src/plan/concurrentSteps.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

/** Steps over these option sets, in order, recording which ran at the same time. */
function stepsOver(sets: number[][], log: { running: number; most: number; together: string[] }) {
  const queue = sets.map((options, k) => ({ k, options }));
  return (free: (options: readonly number[]) => boolean): Step | undefined => {
    const at = queue.findIndex((s) => free(s.options));
    if (at < 0) return undefined;
    const [{ k, options }] = queue.splice(at, 1);
    return {
      options,
      run: async () => {
        log.running++;
        log.most = Math.max(log.most, log.running);
        log.together.push(`start ${k}`);
        await tick();
        log.together.push(`end ${k}`);
        log.running--;
      },
    };
  };
}

describe('steps run side by side', () => {
  it('runs up to `lanes` at once, never two that share an option, and every step once', async () => {
    const log = { running: 0, most: 0, together: [] as string[] };
    await runConcurrently(2, stepsOver([[1, 2], [2, 3], [4], [5]], log));
    expect(log.most).toBe(2);
    expect(log.together.filter((e) => e.startsWith('start')).sort()).toEqual([
      'start 0',
      'start 1',
      'start 2',
      'start 3',
    ]);
    // Step 1 shares option 2 with step 0: it starts only after step 0 ended.
    expect(log.together.indexOf('start 1')).toBeGreaterThan(log.together.indexOf('end 0'));
  });

  it('runs one at a time with one lane', async () => {
    const log = { running: 0, most: 0, together: [] as string[] };
    await runConcurrently(1, stepsOver([[1], [2], [3]], log));
    expect(log.most).toBe(1);
  });

  it('fails with the first failing step, once the step beside it has settled', async () => {
    let otherSettled = false;
    const steps: Step[] = [
      { options: [1], run: () => tick().then(() => Promise.reject(new Error('solver failed'))) },
      {
        options: [2],
        run: () =>
          tick()
            .then(tick)
            .then(tick)
            .then(() => void (otherSettled = true)),
      },
    ];
    await expect(runConcurrently(2, () => steps.shift())).rejects.toThrow('solver failed');
    expect(otherSettled).toBe(true);
  });
});
