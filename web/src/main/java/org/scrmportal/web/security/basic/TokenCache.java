package org.scrmportal.web.security.basic;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Access tokens already obtained, by {@link BasicCredentials#cacheKey()}, each until its expiry; at
 * most {@code maxEntries}, the least recently used leaving first. Only successful exchanges are put
 * here.
 */
final class TokenCache {

  private record Entry(String token, Instant expiresAt) {}

  private final Clock clock;
  private final Map<String, Entry> entries;

  TokenCache(int maxEntries, Clock clock) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
    }
    this.clock = clock;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > maxEntries;
          }
        };
  }

  /** The token under {@code key}, unless there is none or it has expired. */
  synchronized Optional<String> get(String key) {
    Entry entry = entries.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(entry.expiresAt())) {
      entries.remove(key);
      return Optional.empty();
    }
    return Optional.of(entry.token());
  }

  /** Keeps {@code token} until {@code expiresAt}; nothing if that is already past. */
  synchronized void put(String key, String token, Instant expiresAt) {
    if (clock.instant().isBefore(expiresAt)) {
      entries.put(key, new Entry(token, expiresAt));
    }
  }

  synchronized int size() {
    return entries.size();
  }
}
