package org.scrmportal.identity.federation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.scrmportal.identity.federation.saml.VerifiedAggregate;

/**
 * A SAML federation an operator registered: where its metadata aggregate comes from (a URL, or
 * uploads only), the certificate its aggregates must be signed with (pinned), and what the last
 * aggregate that verified said. Its listing ({@link ListedIdentityProvider}) is replaced only by an
 * aggregate that verifies; a failed refresh keeps it (until its {@code validUntil}) and records the
 * error.
 */
@Entity
@Table(name = "federation")
public class Federation {

  /**
   * How long a listing is kept before the next refresh when the aggregate gives no cacheDuration.
   */
  public static final Duration DEFAULT_CACHE_DURATION = Duration.ofHours(6);

  /** The shortest time between two refreshes, whatever the aggregate says. */
  static final Duration MIN_REFRESH = Duration.ofMinutes(5);

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "name", nullable = false, length = 128)
  private String name;

  @Column(name = "metadata_url", length = 2048)
  private String metadataUrl;

  @Column(name = "certificate_pem", nullable = false, length = 16384)
  private String certificatePem;

  @Column(name = "registered_by", nullable = false, length = 256)
  private String registeredBy;

  @Column(name = "registered_by_sub", nullable = false, length = 256)
  private String registeredBySubject;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Column(name = "aggregate_name", length = 1024)
  private String aggregateName;

  @Column(name = "fetched_at", nullable = false)
  private Instant fetchedAt;

  @Column(name = "valid_until", nullable = false)
  private Instant validUntil;

  @Column(name = "cache_duration_seconds")
  private Long cacheDurationSeconds;

  @Column(name = "next_refresh", nullable = false)
  private Instant nextRefresh;

  @Column(name = "aggregate_sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "listed_count", nullable = false)
  private int listedCount;

  @Column(name = "last_error", length = 4000)
  private String lastError;

  @Column(name = "last_error_at")
  private Instant lastErrorAt;

  protected Federation() {}

  Federation(
      String name,
      URI metadataUrl,
      String certificatePem,
      String registeredBy,
      String registeredBySubject,
      Instant at,
      VerifiedAggregate first) {
    this.id = UUID.randomUUID().toString();
    this.name = Objects.requireNonNull(name, "name");
    this.metadataUrl = metadataUrl == null ? null : metadataUrl.toString();
    this.certificatePem = Objects.requireNonNull(certificatePem, "certificatePem");
    this.registeredBy = Objects.requireNonNull(registeredBy, "registeredBy");
    this.registeredBySubject = Objects.requireNonNull(registeredBySubject, "registeredBySubject");
    this.registeredAt = Objects.requireNonNull(at, "at");
    accepted(first, at);
  }

  /** Records an aggregate that verified, read at {@code at}; clears the last error. */
  void accepted(VerifiedAggregate aggregate, Instant at) {
    this.aggregateName = aggregate.name();
    this.fetchedAt = at;
    this.validUntil = Objects.requireNonNull(aggregate.validUntil(), "validUntil");
    this.cacheDurationSeconds =
        aggregate.cacheDuration() == null ? null : aggregate.cacheDuration().toSeconds();
    this.nextRefresh = nextRefresh(at, aggregate.cacheDuration(), aggregate.validUntil());
    this.sha256 = aggregate.sha256();
    this.listedCount = aggregate.identityProviders().size();
    this.lastError = null;
    this.lastErrorAt = null;
  }

  /**
   * Records a refresh that failed: the listing stays until its validUntil; the next attempt is
   * after the cache duration again (at least {@link #MIN_REFRESH}).
   */
  void failed(String error, Instant at) {
    this.lastError = error.length() > 4000 ? error.substring(0, 4000) : error;
    this.lastErrorAt = at;
    Instant retry = at.plus(cacheDuration().orElse(DEFAULT_CACHE_DURATION));
    this.nextRefresh = retry.isBefore(at.plus(MIN_REFRESH)) ? at.plus(MIN_REFRESH) : retry;
  }

  /** The listing is dropped: its validUntil passed and no newer aggregate verified. */
  void expiredListing() {
    this.listedCount = 0;
  }

  /** min(fetchedAt + cacheDuration (default 6 h), validUntil), but not before 5 minutes. */
  static Instant nextRefresh(Instant fetchedAt, Duration cacheDuration, Instant validUntil) {
    Duration cache = cacheDuration == null ? DEFAULT_CACHE_DURATION : cacheDuration;
    if (cache.compareTo(MIN_REFRESH) < 0) {
      cache = MIN_REFRESH;
    }
    Instant byCache = fetchedAt.plus(cache);
    return byCache.isBefore(validUntil) ? byCache : validUntil;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  /** Where its aggregate is read from; empty for a federation fed by uploads only. */
  public Optional<URI> metadataUrl() {
    return Optional.ofNullable(metadataUrl).map(URI::create);
  }

  /** The pinned certificate (PEM) every aggregate must be signed with. */
  public String certificatePem() {
    return certificatePem;
  }

  public String registeredBy() {
    return registeredBy;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  /** The Name of the last accepted aggregate's EntitiesDescriptor, if it had one. */
  public Optional<String> aggregateName() {
    return Optional.ofNullable(aggregateName);
  }

  /** When the last aggregate that verified was read. */
  public Instant fetchedAt() {
    return fetchedAt;
  }

  /** Until when the last accepted aggregate (and so the listing) is valid. */
  public Instant validUntil() {
    return validUntil;
  }

  public Optional<Duration> cacheDuration() {
    return Optional.ofNullable(cacheDurationSeconds).map(Duration::ofSeconds);
  }

  public Instant nextRefresh() {
    return nextRefresh;
  }

  /** SHA-256 (hex) of the last accepted aggregate. */
  public String sha256() {
    return sha256;
  }

  /** How many identity providers the current listing has. */
  public int identityProviderCount() {
    return listedCount;
  }

  /** Why the last refresh failed, if it did (cleared by the next accepted aggregate). */
  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  public Optional<Instant> lastErrorAt() {
    return Optional.ofNullable(lastErrorAt);
  }

  /**
   * Whether the listing may still be used at {@code now}: its aggregate's validUntil not passed.
   */
  public boolean validAt(Instant now) {
    return now.isBefore(validUntil);
  }
}
