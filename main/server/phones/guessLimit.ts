/**
 * Wrong join codes and tokens per network address: after `max` in a window, that address is
 * refused until the window has passed, so codes cannot be tried one after another from a
 * laptop on the same Wi-Fi. Forgotten when joining closes.
 */
export class GuessLimit {
  private readonly failures = new Map<string, { count: number; since: number }>();

  constructor(
    private readonly max = 20,
    private readonly windowMs = 60_000,
    private readonly clock: () => number = Date.now,
  ) {}

  blocked(address: string): boolean {
    const entry = this.failures.get(address);
    if (!entry) return false;
    if (this.clock() - entry.since > this.windowMs) {
      this.failures.delete(address);
      return false;
    }
    return entry.count >= this.max;
  }

  fail(address: string): void {
    const now = this.clock();
    const entry = this.failures.get(address);
    if (!entry || now - entry.since > this.windowMs)
      this.failures.set(address, { count: 1, since: now });
    else entry.count += 1;
  }

  clear(): void {
    this.failures.clear();
  }
}
