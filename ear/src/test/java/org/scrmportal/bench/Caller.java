package org.scrmportal.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.scrmportal.launcher.TokenClient;

/**
 * A demo person or a machine client (a name ending in {@code -machine}) with a bearer token that is
 * fetched again a minute before it expires (the realm's tokens live five minutes).
 */
final class Caller {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration MARGIN = Duration.ofMinutes(1);

  private final String name;
  private final TokenClient tokens;
  private String token;
  private Instant expires = Instant.MIN;

  Caller(String name, TokenClient tokens) {
    this.name = name;
    this.tokens = tokens;
  }

  String name() {
    return name;
  }

  boolean machine() {
    return name.endsWith("-machine");
  }

  /** The {@code Authorization} header's value, with a token valid for at least a minute. */
  synchronized String authorization() {
    if (Instant.now().plus(MARGIN).isAfter(expires)) {
      token = machine() ? tokens.forMachine(name) : tokens.forUser(name);
      expires = Instant.ofEpochSecond(claim(token, "exp"));
    }
    return "Bearer " + token;
  }

  private static long claim(String jwt, String name) {
    try {
      return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1])).get(name).asLong();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
