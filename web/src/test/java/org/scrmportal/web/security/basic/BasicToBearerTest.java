package org.scrmportal.web.security.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BasicToBearerTest {

  private static final Duration LIFETIME = Duration.ofSeconds(300);
  private static final Duration MARGIN = Duration.ofSeconds(30);
  private static final Duration REFUSAL_TTL = Duration.ofSeconds(30);
  private static final String HERE = "192.0.2.1";

  private final MutableClock clock = new MutableClock();
  private final List<BasicCredentials> asked = Collections.synchronizedList(new ArrayList<>());
  private Duration lifetime = LIFETIME;
  private boolean down;

  /** A token endpoint that knows one client, {@code machine} with secret {@code right}. */
  private final TokenEndpoint endpoint =
      credentials -> {
        asked.add(credentials);
        if (down) {
          throw new TokenEndpoint.Unavailable("down");
        }
        return credentials.equals(new BasicCredentials("machine", "right"))
            ? Optional.of(new IssuedToken("token-" + asked.size(), lifetime))
            : Optional.empty();
      };

  private static BasicAuthSettings settings(int perClient, int perAddress, int concurrent) {
    return new BasicAuthSettings(
        1000,
        MARGIN,
        REFUSAL_TTL,
        1000,
        perClient,
        perAddress,
        1000,
        concurrent,
        Duration.ofMillis(200),
        Duration.ofMillis(500));
  }

  private final BasicToBearer basic = new BasicToBearer(endpoint, settings(1000, 1000, 10), clock);

  private static String header(String userPass) {
    return "Basic " + Base64.getEncoder().encodeToString(userPass.getBytes(StandardCharsets.UTF_8));
  }

  private static Optional<String> token(Exchange exchange) {
    return exchange instanceof Exchange.Granted g ? Optional.of(g.accessToken()) : Optional.empty();
  }

  private Optional<String> accessToken(String authorization) {
    return token(basic.exchange(authorization, HERE));
  }

  @Test
  void theTokenIsAskedForOnceAndReusedUntilShortlyBeforeItExpires() {
    assertEquals(Optional.of("token-1"), accessToken(header("machine:right")));
    clock.advance(LIFETIME.minus(MARGIN).minusSeconds(1));
    assertEquals(Optional.of("token-1"), accessToken(header("machine:right")));
    assertEquals(1, asked.size());

    clock.advance(Duration.ofSeconds(1));
    assertEquals(Optional.of("token-2"), accessToken(header("machine:right")));
    assertEquals(2, asked.size());
  }

  @Test
  void aRefusalIsRememberedBrieflySoAFloodOfTheSameCredentialsAsksOnce() {
    for (int i = 0; i < 50; i++) {
      assertInstanceOf(Exchange.Refused.class, basic.exchange(header("machine:wrong"), HERE));
    }
    assertEquals(1, asked.size());
    assertEquals(0, basic.cached());

    clock.advance(REFUSAL_TTL);
    assertInstanceOf(Exchange.Refused.class, basic.exchange(header("machine:wrong"), HERE));
    assertEquals(2, asked.size(), "asked again once the refusal is forgotten");
  }

  @Test
  void aCorrectedSecretWorksAtOnce() {
    assertTrue(accessToken(header("machine:wrong")).isEmpty());
    assertEquals(Optional.of("token-2"), accessToken(header("machine:right")));
  }

  @Test
  void anotherSecretForTheSameClientIsAskedForAgain() {
    accessToken(header("machine:right"));
    assertTrue(accessToken(header("machine:wrong")).isEmpty());
    assertEquals(2, asked.size());
  }

  @Test
  void tokensWithoutALifetimeOrShorterThanTheMarginAreNotCached() {
    lifetime = null;
    assertEquals(Optional.of("token-1"), accessToken(header("machine:right")));
    lifetime = MARGIN;
    assertEquals(Optional.of("token-2"), accessToken(header("machine:right")));
    assertEquals(0, basic.cached());
  }

  @Test
  void malformedHeadersNeverReachTheTokenEndpoint() {
    for (String h :
        List.of("Bearer x", "Basic %%%", header("machine"), header("machine:"), "Basic ")) {
      assertInstanceOf(Exchange.Refused.class, basic.exchange(h, HERE), h);
    }
    assertTrue(asked.isEmpty());
  }

  @Test
  void attemptsAreLimitedPerClientIdWhateverTheSecretAndTheAddress() {
    BasicToBearer limited = new BasicToBearer(endpoint, settings(3, 1000, 10), clock);
    for (int i = 0; i < 3; i++) {
      assertInstanceOf(
          Exchange.Refused.class, limited.exchange(header("machine:guess-" + i), "192.0.2." + i));
    }
    Exchange fourth = limited.exchange(header("machine:guess-3"), "192.0.2.99");
    assertEquals(new Exchange.Limited(Duration.ofSeconds(20)), fourth, "one attempt per 20 s");
    assertInstanceOf(Exchange.Limited.class, limited.exchange(header("machine:right"), HERE));
    assertEquals(3, asked.size(), "limited attempts never reach the token endpoint");
    assertInstanceOf(
        Exchange.Refused.class,
        limited.exchange(header("other:guess"), HERE),
        "another client id is not limited");

    clock.advance(Duration.ofSeconds(20));
    assertEquals(Optional.of("token-5"), token(limited.exchange(header("machine:right"), HERE)));
  }

  @Test
  void attemptsAreLimitedPerRemoteAddressWhateverTheClient() {
    BasicToBearer limited = new BasicToBearer(endpoint, settings(1000, 2, 10), clock);
    assertInstanceOf(Exchange.Refused.class, limited.exchange(header("a:x"), HERE));
    assertInstanceOf(Exchange.Refused.class, limited.exchange(header("b:x"), HERE));
    Exchange third = limited.exchange(header("c:x"), HERE);
    assertEquals(new Exchange.Limited(Duration.ofSeconds(30)), third);
    assertInstanceOf(
        Exchange.Refused.class,
        limited.exchange(header("c:x"), "192.0.2.2"),
        "another address is not limited");
    assertEquals(3, asked.size());
  }

  @Test
  void repeatingRefusedCredentialsCountsAgainstTheLimitsToo() {
    BasicToBearer limited = new BasicToBearer(endpoint, settings(5, 1000, 10), clock);
    List<String> outcomes = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      outcomes.add(limited.exchange(header("machine:wrong"), HERE).getClass().getSimpleName());
    }
    assertEquals(
        List.of(
            "Refused", "Refused", "Refused", "Refused", "Refused", "Limited", "Limited", "Limited"),
        outcomes);
    assertEquals(1, asked.size());
  }

  @Test
  void aKeptTokenIsNeverLimited() {
    BasicToBearer limited = new BasicToBearer(endpoint, settings(2, 2, 10), clock);
    assertEquals(Optional.of("token-1"), token(limited.exchange(header("machine:right"), HERE)));
    for (int i = 0; i < 5; i++) {
      limited.exchange(header("machine:guess-" + i), HERE);
    }
    assertEquals(Optional.of("token-1"), token(limited.exchange(header("machine:right"), HERE)));
  }

  @Test
  void anEndpointWithoutAnswerIsUnavailableNotARefusalAndNotRemembered() {
    down = true;
    Exchange result = basic.exchange(header("machine:right"), HERE);
    assertInstanceOf(Exchange.Unavailable.class, result);
    down = false;
    assertEquals(Optional.of("token-2"), accessToken(header("machine:right")));
  }

  @Test
  void beyondTheConcurrencyCapExchangesAreUnavailableAtOnce() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch inside = new CountDownLatch(2);
    TokenEndpoint slow =
        credentials -> {
          asked.add(credentials);
          inside.countDown();
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return Optional.empty();
        };
    BasicToBearer capped = new BasicToBearer(slow, settings(1000, 1000, 2), clock);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Exchange> a = pool.submit(() -> capped.exchange(header("a:x"), HERE));
      Future<Exchange> b = pool.submit(() -> capped.exchange(header("b:x"), HERE));
      assertTrue(inside.await(5, TimeUnit.SECONDS), "two exchanges under way");

      long start = System.nanoTime();
      Exchange third = capped.exchange(header("c:x"), HERE);
      assertInstanceOf(Exchange.Unavailable.class, third);
      assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1), "without waiting");
      assertEquals(2, asked.size());

      release.countDown();
      assertInstanceOf(Exchange.Refused.class, a.get(5, TimeUnit.SECONDS));
      assertInstanceOf(Exchange.Refused.class, b.get(5, TimeUnit.SECONDS));
      assertInstanceOf(Exchange.Refused.class, capped.exchange(header("c:x"), HERE));
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void concurrentRequestsWithTheSameCredentialsShareOneExchange() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    TokenEndpoint slow =
        credentials -> {
          asked.add(credentials);
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return Optional.empty();
        };
    BasicToBearer shared = new BasicToBearer(slow, settings(1000, 1000, 10), clock);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Exchange>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> shared.exchange(header("machine:wrong"), HERE)));
      }
      Thread.sleep(300);
      release.countDown();
      for (Future<Exchange> result : results) {
        assertInstanceOf(Exchange.Refused.class, result.get(5, TimeUnit.SECONDS));
      }
      assertEquals(1, asked.size());
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }
}
