package org.scrmportal.web.security.basic;

import java.time.Duration;
import java.util.Objects;

/** What became of a request's HTTP Basic credentials. */
sealed interface Exchange {

  /** The client's access token: the request goes on with it as its bearer token. */
  record Granted(String accessToken) implements Exchange {
    public Granted {
      Objects.requireNonNull(accessToken, "accessToken");
    }

    @Override
    public String toString() {
      return "Granted";
    }
  }

  /** Not credentials the token endpoint accepts (or not well-formed): 401. */
  record Refused() implements Exchange {}

  /** Too many attempts for this client id or from this address: 429 until {@code retryAfter}. */
  record Limited(Duration retryAfter) implements Exchange {}

  /**
   * No answer about the credentials: the token endpoint is down, too slow, or too many exchanges
   * are under way. 503: neither the client's fault nor a verdict on its credentials.
   */
  record Unavailable(Duration retryAfter, String reason) implements Exchange {}
}
