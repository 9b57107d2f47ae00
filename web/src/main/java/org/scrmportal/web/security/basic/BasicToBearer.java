package org.scrmportal.web.security.basic;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Turns a machine client's HTTP Basic credentials (TAXII 2.1 section 1.6.9) into the access token
 * the client-credentials grant gives that client, so that the request is signed in exactly as if
 * the client had sent the token itself, and keeps the token endpoint from being flooded through it:
 *
 * <ol>
 *   <li>a token already obtained for the same id and secret is reused until {@code expiryMargin}
 *       before it expires, and such requests are never limited;
 *   <li>otherwise the attempt counts against its client id and its remote address (token buckets):
 *       beyond either limit, {@link Exchange.Limited};
 *   <li>credentials refused a moment ago ({@code refusalTtl}) are refused again without asking;
 *   <li>requests with the same credentials while their exchange is under way wait for it instead of
 *       asking again;
 *   <li>at most {@code maxConcurrent} exchanges are under way at once, beyond that {@link
 *       Exchange.Unavailable} at once; the endpoint's own failures and timeouts are {@link
 *       Exchange.Unavailable} too, never a refusal.
 * </ol>
 */
final class BasicToBearer {

  /** What a 503 asks the client to wait: about as long as a Keycloak restart takes. */
  static final Duration RETRY_UNAVAILABLE = Duration.ofSeconds(10);

  private final TokenEndpoint endpoint;
  private final BasicAuthSettings settings;
  private final Clock clock;
  private final ExpiringCache<String> tokens;
  private final ExpiringCache<Boolean> refusals;
  private final AttemptLimiter byClient;
  private final AttemptLimiter byAddress;
  private final Semaphore exchanges;
  private final ConcurrentMap<String, CompletableFuture<Exchange>> underWay =
      new ConcurrentHashMap<>();

  BasicToBearer(TokenEndpoint endpoint, BasicAuthSettings settings, Clock clock) {
    this.endpoint = endpoint;
    this.settings = settings;
    this.clock = clock;
    this.tokens = new ExpiringCache<>(settings.cacheSize(), clock);
    this.refusals = new ExpiringCache<>(settings.refusalCacheSize(), clock);
    this.byClient = new AttemptLimiter(settings.attemptsPerClient(), settings.trackedKeys(), clock);
    this.byAddress =
        new AttemptLimiter(settings.attemptsPerAddress(), settings.trackedKeys(), clock);
    this.exchanges = new Semaphore(settings.maxConcurrent());
  }

  /**
   * What becomes of the credentials in {@code authorization}, sent from {@code remoteAddress}:
   * refused if that is not a well-formed Basic header. May block on the token endpoint, at most
   * about {@link BasicAuthSettings#longestExchange()}.
   */
  Exchange exchange(String authorization, String remoteAddress) {
    Optional<BasicCredentials> parsed = BasicCredentials.parse(authorization);
    if (parsed.isEmpty()) {
      return new Exchange.Refused();
    }
    BasicCredentials credentials = parsed.get();
    String key = credentials.cacheKey();
    Optional<String> cached = tokens.get(key);
    if (cached.isPresent()) {
      return new Exchange.Granted(cached.get());
    }
    // the client id first: a flood of one client's id then costs its address nothing more
    Optional<Duration> wait =
        byClient.tryAttempt(credentials.clientId()).or(() -> byAddress.tryAttempt(remoteAddress));
    if (wait.isPresent()) {
      return new Exchange.Limited(wait.get());
    }
    if (refusals.get(key).isPresent()) {
      return new Exchange.Refused();
    }
    CompletableFuture<Exchange> mine = new CompletableFuture<>();
    CompletableFuture<Exchange> running = underWay.putIfAbsent(key, mine);
    if (running != null) {
      return awaitOther(running);
    }
    try {
      Exchange result = exchangeNow(credentials, key);
      mine.complete(result);
      return result;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      underWay.remove(key, mine);
    }
  }

  private Exchange exchangeNow(BasicCredentials credentials, String key) {
    if (!exchanges.tryAcquire()) {
      return new Exchange.Unavailable(RETRY_UNAVAILABLE, "too many exchanges under way");
    }
    try {
      Instant asked = clock.instant();
      Optional<IssuedToken> issued = endpoint.clientCredentials(credentials);
      if (issued.isEmpty()) {
        refusals.put(key, Boolean.TRUE, clock.instant().plus(settings.refusalTtl()));
        return new Exchange.Refused();
      }
      IssuedToken token = issued.get();
      if (token.expiresIn() != null) {
        tokens.put(
            key, token.accessToken(), asked.plus(token.expiresIn()).minus(settings.expiryMargin()));
      }
      return new Exchange.Granted(token.accessToken());
    } catch (TokenEndpoint.Unavailable e) {
      return new Exchange.Unavailable(RETRY_UNAVAILABLE, e.getMessage());
    } finally {
      exchanges.release();
    }
  }

  private Exchange awaitOther(CompletableFuture<Exchange> running) {
    try {
      return running.get(settings.longestExchange().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      return new Exchange.Unavailable(RETRY_UNAVAILABLE, "the same exchange failed");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Exchange.Unavailable(RETRY_UNAVAILABLE, "interrupted");
    }
  }

  int cached() {
    return tokens.size();
  }
}
