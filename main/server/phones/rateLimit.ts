/**
 * A token bucket: `burst` messages at once, refilled at `perSecond`. A phone
 * sends a few messages a minute; anything near the limit is a stuck page or an attack.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.last = clock();
  }

  /** Takes one token; false when the bucket is empty (the message is refused). */
  take(): boolean {
    const now = this.clock();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  isFull(): boolean {
    const now = this.clock();
    return this.tokens + ((now - this.last) / 1000) * this.perSecond >= this.burst;
  }
}

/**
 * Buckets shared by key: a joined phone's requests draw on its participant's bucket (however
 * many connections they open), an unjoined socket's on its own.
 */
export class SharedRateLimits {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  take(key: string): boolean {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(this.burst, this.perSecond, this.clock);
      this.buckets.set(key, bucket);
    }
    return bucket.take();
  }

  /** Buckets refilled to the brim hold nothing worth keeping. */
  sweep(): void {
    for (const [key, bucket] of this.buckets) if (bucket.isFull()) this.buckets.delete(key);
  }

  get size(): number {
    return this.buckets.size;
  }

  clear(): void {
    this.buckets.clear();
  }
}
