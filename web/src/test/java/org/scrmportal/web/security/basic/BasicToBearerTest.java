package org.scrmportal.web.security.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BasicToBearerTest {

  private static final Duration LIFETIME = Duration.ofSeconds(300);
  private static final Duration MARGIN = Duration.ofSeconds(30);

  private final MutableClock clock = new MutableClock();
  private final List<BasicCredentials> asked = new ArrayList<>();
  private Duration lifetime = LIFETIME;

  /** A token endpoint that knows one client, {@code machine} with secret {@code right}. */
  private final TokenEndpoint endpoint =
      credentials -> {
        asked.add(credentials);
        return credentials.equals(new BasicCredentials("machine", "right"))
            ? Optional.of(new IssuedToken("token-" + asked.size(), lifetime))
            : Optional.empty();
      };

  private final BasicToBearer basic = new BasicToBearer(endpoint, 1000, MARGIN, clock);

  private static String header(String userPass) {
    return "Basic " + Base64.getEncoder().encodeToString(userPass.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theTokenIsAskedForOnceAndReusedUntilShortlyBeforeItExpires() {
    assertEquals(Optional.of("token-1"), basic.accessToken(header("machine:right")));
    clock.advance(LIFETIME.minus(MARGIN).minusSeconds(1));
    assertEquals(Optional.of("token-1"), basic.accessToken(header("machine:right")));
    assertEquals(1, asked.size());

    clock.advance(Duration.ofSeconds(1));
    assertEquals(Optional.of("token-2"), basic.accessToken(header("machine:right")));
    assertEquals(2, asked.size());
  }

  @Test
  void refusalsAreNeverCached() {
    assertTrue(basic.accessToken(header("machine:wrong")).isEmpty());
    assertTrue(basic.accessToken(header("machine:wrong")).isEmpty());
    assertEquals(2, asked.size());
    assertEquals(0, basic.cached());

    assertEquals(Optional.of("token-3"), basic.accessToken(header("machine:right")));
  }

  @Test
  void anotherSecretForTheSameClientIsAskedForAgain() {
    basic.accessToken(header("machine:right"));
    assertTrue(basic.accessToken(header("machine:wrong")).isEmpty());
    assertEquals(2, asked.size());
  }

  @Test
  void tokensWithoutALifetimeOrShorterThanTheMarginAreNotCached() {
    lifetime = null;
    assertEquals(Optional.of("token-1"), basic.accessToken(header("machine:right")));
    lifetime = MARGIN;
    assertEquals(Optional.of("token-2"), basic.accessToken(header("machine:right")));
    assertEquals(0, basic.cached());
  }

  @Test
  void malformedHeadersNeverReachTheTokenEndpoint() {
    for (String h :
        List.of("Bearer x", "Basic %%%", header("machine"), header("machine:"), "Basic ")) {
      assertTrue(basic.accessToken(h).isEmpty(), h);
    }
    assertTrue(asked.isEmpty());
  }
}
