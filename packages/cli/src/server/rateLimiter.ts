/** Requests a second and the burst allowed before that rate applies. */
export interface RateLimit {
  ratePerSec: number;
  burst: number;
}

/**
 * A token bucket for all callers together, as API Gateway throttles a stage: `burst` requests
 * may arrive at once, then `ratePerSec` a second. `take()` answers 0 when the request may go on,
 * else the whole seconds to wait (the 429's Retry-After).
 */
export function tokenBucket(limit: RateLimit, now: () => number = performance.now.bind(performance)) {
  let tokens = limit.burst;
  let last = now();
  return {
    take(): number {
      const at = now();
      tokens = Math.min(limit.burst, tokens + ((at - last) / 1000) * limit.ratePerSec);
      last = at;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - tokens) / limit.ratePerSec));
    },
  };
}
