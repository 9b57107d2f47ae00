package org.scrmportal.web.security.basic;

import java.time.Duration;
import java.util.Objects;

/**
 * How HTTP Basic is exchanged and guarded ({@code scrm.basic-auth.*}, see the README).
 *
 * @param cacheSize tokens kept, by SHA-256 of id and secret
 * @param expiryMargin how long before a kept token expires it is asked for anew
 * @param refusalTtl how long refused credentials are answered 401 without asking again
 * @param refusalCacheSize refused credentials kept
 * @param attemptsPerClient exchanges a minute for one client id (tokens already kept do not count)
 * @param attemptsPerAddress exchanges a minute from one remote address (likewise)
 * @param trackedKeys client ids and addresses whose attempts are counted, each
 * @param maxConcurrent exchanges under way with the token endpoint at once
 * @param connectTimeout to connect to the token endpoint
 * @param readTimeout for the token endpoint's answer
 */
record BasicAuthSettings(
    int cacheSize,
    Duration expiryMargin,
    Duration refusalTtl,
    int refusalCacheSize,
    int attemptsPerClient,
    int attemptsPerAddress,
    int trackedKeys,
    int maxConcurrent,
    Duration connectTimeout,
    Duration readTimeout) {

  BasicAuthSettings {
    Objects.requireNonNull(expiryMargin, "expiryMargin");
    Objects.requireNonNull(refusalTtl, "refusalTtl");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    if (maxConcurrent < 1) {
      throw new IllegalArgumentException("maxConcurrent must be positive: " + maxConcurrent);
    }
  }

  /** The longest one exchange may take: what a request waiting for the same exchange waits. */
  Duration longestExchange() {
    return connectTimeout.plus(readTimeout).plusSeconds(1);
  }
}
