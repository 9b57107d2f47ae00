package org.scrmportal.web.security.basic;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns a machine client's HTTP Basic credentials (TAXII 2.1 section 1.6.9) into the access token
 * the client-credentials grant gives that client, so that the request is signed in exactly as if
 * the client had sent the token itself. Successful exchanges are reused until {@code margin} before
 * the token expires; refusals are never remembered, so a corrected secret works at once.
 */
final class BasicToBearer {

  private final TokenEndpoint endpoint;
  private final TokenCache cache;
  private final Duration margin;
  private final Clock clock;

  BasicToBearer(TokenEndpoint endpoint, int cacheSize, Duration margin, Clock clock) {
    this.endpoint = endpoint;
    this.cache = new TokenCache(cacheSize, clock);
    this.margin = margin;
    this.clock = clock;
  }

  /**
   * The access token for the credentials in {@code authorization}, or empty if that is not a
   * well-formed Basic header or the token endpoint refuses the credentials. May block on the token
   * endpoint.
   */
  Optional<String> accessToken(String authorization) {
    Optional<BasicCredentials> credentials = BasicCredentials.parse(authorization);
    if (credentials.isEmpty()) {
      return Optional.empty();
    }
    String key = credentials.get().cacheKey();
    Optional<String> cached = cache.get(key);
    if (cached.isPresent()) {
      return cached;
    }
    Instant asked = clock.instant();
    Optional<IssuedToken> issued = endpoint.clientCredentials(credentials.get());
    issued
        .filter(token -> token.expiresIn() != null)
        .ifPresent(
            token ->
                cache.put(key, token.accessToken(), asked.plus(token.expiresIn()).minus(margin)));
    return issued.map(IssuedToken::accessToken);
  }

  int cached() {
    return cache.size();
  }
}
