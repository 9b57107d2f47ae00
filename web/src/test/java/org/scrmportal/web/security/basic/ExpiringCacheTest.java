package org.scrmportal.web.security.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExpiringCacheTest {

  private final MutableClock clock = new MutableClock();

  @Test
  void aTokenIsKeptUntilItExpires() {
    ExpiringCache<String> cache = new ExpiringCache<>(10, clock);
    cache.put("k", "token", clock.instant().plusSeconds(60));

    clock.advance(Duration.ofSeconds(59));
    assertEquals(Optional.of("token"), cache.get("k"));

    clock.advance(Duration.ofSeconds(1));
    assertTrue(cache.get("k").isEmpty());
    assertEquals(0, cache.size(), "an expired entry leaves when it is asked for");
  }

  @Test
  void aTokenAlreadyExpiredIsNotKept() {
    ExpiringCache<String> cache = new ExpiringCache<>(10, clock);
    cache.put("k", "token", clock.instant());
    cache.put("j", "token", clock.instant().minusSeconds(1));
    assertEquals(0, cache.size());
  }

  @Test
  void theCacheIsBoundedAndTheLeastRecentlyUsedLeaves() {
    ExpiringCache<String> cache = new ExpiringCache<>(3, clock);
    cache.put("a", "ta", clock.instant().plusSeconds(60));
    cache.put("b", "tb", clock.instant().plusSeconds(60));
    cache.put("c", "tc", clock.instant().plusSeconds(60));
    cache.get("a");

    cache.put("d", "td", clock.instant().plusSeconds(60));

    assertEquals(3, cache.size());
    assertTrue(cache.get("b").isEmpty(), "b was used least recently");
    assertEquals(Optional.of("ta"), cache.get("a"));
    assertEquals(Optional.of("tc"), cache.get("c"));
    assertEquals(Optional.of("td"), cache.get("d"));
  }

  @Test
  void manyClientsNeverGrowItPastItsBound() {
    ExpiringCache<String> cache = new ExpiringCache<>(1000, clock);
    for (int i = 0; i < 5000; i++) {
      cache.put("key-" + i, "token-" + i, clock.instant().plusSeconds(300));
    }
    assertEquals(1000, cache.size());
    assertEquals(Optional.of("token-4999"), cache.get("key-4999"));
    assertTrue(cache.get("key-0").isEmpty());
  }

  @Test
  void aBoundBelowOneIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new ExpiringCache<String>(0, clock));
  }
}
