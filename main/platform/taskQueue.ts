/**
 * Runs tasks one at a time, in the order they were queued. Every change to the document goes
 * through one, so concurrent requests never interleave journal writes or read a half-made state.
 */
export class TaskQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T> | T): Promise<T> {
    const result = this.tail.then(task);
    // A failed task fails its own caller only; the queue goes on.
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves once everything queued so far has run. */
  idle(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}
