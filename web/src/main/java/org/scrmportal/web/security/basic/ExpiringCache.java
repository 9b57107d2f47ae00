package org.scrmportal.web.security.basic;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Values by {@link BasicCredentials#cacheKey()}, each until its expiry; at most {@code maxEntries},
 * the least recently used leaving first: the access tokens of successful exchanges, and the
 * credentials the token endpoint refused a moment ago.
 */
final class ExpiringCache<V> {

  private record Entry<V>(V value, Instant expiresAt) {}

  private final Clock clock;
  private final Map<String, Entry<V>> entries;

  ExpiringCache(int maxEntries, Clock clock) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
    }
    this.clock = clock;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Entry<V>> eldest) {
            return size() > maxEntries;
          }
        };
  }

  /** The value under {@code key}, unless there is none or it has expired. */
  synchronized Optional<V> get(String key) {
    Entry<V> entry = entries.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(entry.expiresAt())) {
      entries.remove(key);
      return Optional.empty();
    }
    return Optional.of(entry.value());
  }

  /** Keeps {@code value} until {@code expiresAt}; nothing if that is already past. */
  synchronized void put(String key, V value, Instant expiresAt) {
    if (clock.instant().isBefore(expiresAt)) {
      entries.put(key, new Entry<>(value, expiresAt));
    }
  }

  synchronized int size() {
    return entries.size();
  }
}
