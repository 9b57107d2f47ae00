package org.scrmportal.web.security.basic;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A token bucket per key (a client id, a remote address): up to {@code perMinute} attempts at once,
 * refilled at {@code perMinute} a minute. At most {@code maxKeys} buckets are kept, the least
 * recently used leaving first, so that a flood of made-up keys takes bounded memory (a key that
 * leaves starts again with a full bucket; the other limit still holds for it).
 */
final class AttemptLimiter {

  private static final class Bucket {
    double tokens;
    Instant filled;

    Bucket(double tokens, Instant filled) {
      this.tokens = tokens;
      this.filled = filled;
    }
  }

  private final int perMinute;
  private final Clock clock;
  private final Map<String, Bucket> buckets;

  AttemptLimiter(int perMinute, int maxKeys, Clock clock) {
    if (perMinute < 1 || maxKeys < 1) {
      throw new IllegalArgumentException(
          "perMinute and maxKeys must be positive: " + perMinute + ", " + maxKeys);
    }
    this.perMinute = perMinute;
    this.clock = clock;
    this.buckets =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > maxKeys;
          }
        };
  }

  /**
   * Takes one attempt for {@code key}: empty if it may go ahead, else how long until the next one
   * may.
   */
  synchronized Optional<Duration> tryAttempt(String key) {
    Instant now = clock.instant();
    Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now));
    double refill =
        Duration.between(bucket.filled, now).toNanos() * perMinute / (double) 60_000_000_000L;
    bucket.tokens = Math.min(perMinute, bucket.tokens + Math.max(0, refill));
    bucket.filled = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return Optional.empty();
    }
    long nanos = (long) Math.ceil((1 - bucket.tokens) * 60_000_000_000L / perMinute);
    return Optional.of(Duration.ofNanos(nanos));
  }

  synchronized int keys() {
    return buckets.size();
  }
}
