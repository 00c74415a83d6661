/**
 * Settles as `work` does, or fails naming `what` after `ms`: for a bench waiting on a promise
 * its page resolves (page.evaluate has no timeout of its own).
 */
export async function withinTime<T>(what: string, work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing after ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
