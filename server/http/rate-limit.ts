/**
 * Counts requests per key in fixed one-minute windows. Memory holds one entry
 * per key seen in the current window; entries of past windows are dropped
 * when a new window starts.
 */
export class RateLimiter {
  private window = 0;
  private counts = new Map<string, number>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number,
  ) {}

  /** Counts one request; returns the seconds to wait when over the limit. */
  hit(key: string): { allowed: true } | { allowed: false; retryAfter: number } {
    const time = this.now();
    const window = Math.floor(time / 60_000);
    if (window !== this.window) {
      this.window = window;
      this.counts = new Map();
    }

    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    if (count <= this.perMinute) return { allowed: true };

    const retryAfter = Math.ceil(((window + 1) * 60_000 - time) / 1000);
    return { allowed: false, retryAfter };
  }
}
