/**
 * Local stand-in for the Step Functions execution: jobs are solved one at a time, after the
 * 202 has been sent, in the order they were queued. A solve that throws is logged by the
 * worker itself; the queue keeps going.
 */
export class SolveQueue {
  private tail: Promise<void> = Promise.resolve();
  private readonly pending = new Set<string>();

  constructor(private readonly run: (jobId: string) => Promise<unknown>) {}

  enqueue(jobId: string): void {
    this.pending.add(jobId);
    this.tail = this.tail
      .then(() => this.run(jobId))
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => {
        this.pending.delete(jobId);
      });
  }

  get size(): number {
    return this.pending.size;
  }

  /** The jobs this queue holds, waiting or running: the server renews their leases. */
  jobIds(): string[] {
    return [...this.pending];
  }

  /** Resolves when every queued job has finished. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await this.tail;
  }
}
