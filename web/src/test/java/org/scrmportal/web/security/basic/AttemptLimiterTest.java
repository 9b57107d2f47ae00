package org.scrmportal.web.security.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttemptLimiterTest {

  private final MutableClock clock = new MutableClock();

  @Test
  void aFullBucketTakesItsBurstThenRefillsSteadily() {
    AttemptLimiter limiter = new AttemptLimiter(6, 100, clock);
    for (int i = 0; i < 6; i++) {
      assertEquals(Optional.empty(), limiter.tryAttempt("k"), "attempt " + i);
    }
    assertEquals(Optional.of(Duration.ofSeconds(10)), limiter.tryAttempt("k"));

    clock.advance(Duration.ofSeconds(9));
    assertEquals(Optional.of(Duration.ofSeconds(1)), limiter.tryAttempt("k"));
    clock.advance(Duration.ofSeconds(1));
    assertEquals(Optional.empty(), limiter.tryAttempt("k"));
    assertTrue(limiter.tryAttempt("k").isPresent());
  }

  @Test
  void keysAreCountedApart() {
    AttemptLimiter limiter = new AttemptLimiter(1, 100, clock);
    assertEquals(Optional.empty(), limiter.tryAttempt("a"));
    assertTrue(limiter.tryAttempt("a").isPresent());
    assertEquals(Optional.empty(), limiter.tryAttempt("b"));
  }

  @Test
  void aLongPauseNeverGivesMoreThanOneBurst() {
    AttemptLimiter limiter = new AttemptLimiter(3, 100, clock);
    limiter.tryAttempt("k");
    clock.advance(Duration.ofHours(5));
    for (int i = 0; i < 3; i++) {
      assertEquals(Optional.empty(), limiter.tryAttempt("k"));
    }
    assertTrue(limiter.tryAttempt("k").isPresent());
  }

  @Test
  void manyKeysNeverGrowItPastItsBound() {
    AttemptLimiter limiter = new AttemptLimiter(3, 50, clock);
    for (int i = 0; i < 1000; i++) {
      limiter.tryAttempt("key-" + i);
    }
    assertEquals(50, limiter.keys());
  }

  @Test
  void boundsBelowOneAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new AttemptLimiter(0, 10, clock));
    assertThrows(IllegalArgumentException.class, () -> new AttemptLimiter(10, 0, clock));
  }
}
