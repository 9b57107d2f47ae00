package org.scrmportal.identity.federation;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.scrmportal.identity.federation.saml.InvalidMetadata;
import org.scrmportal.identity.federation.saml.MetadataAggregates;
import org.scrmportal.identity.federation.saml.VerifiedAggregate;
import org.scrmportal.organization.Caller;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.FetchRefused;
import org.scrmportal.platform.RemoteFetcher;
import org.scrmportal.platform.Roles;

/**
 * SAML federations (operators only): registering one verifies its aggregate against the pinned
 * certificate before anything is stored; a refresh or an upload replaces the listing only when the
 * new aggregate verifies. A refresh that fails keeps the last listing until its validUntil and
 * records the error; the timer ({@link FederationSchedule}) refreshes federations read from a URL
 * when their next refresh is due. Remote aggregates are read through the SSRF-guarded {@link
 * RemoteFetcher} (hosts allowed by {@code scrm.federation.fetch.allowed-hosts}), at most {@link
 * MetadataAggregates#MAX_BYTES}.
 */
@Stateless
@PermitAll
public class Federations {

  private static final Logger LOG = Logger.getLogger(Federations.class.getName());

  static final String ACCEPT =
      "application/samlmetadata+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1";

  @Inject FederationRepository federations;

  @Inject OnboardingRepository onboardings;

  @Inject Caller principal;

  @Inject Clock clock;

  @Inject FederationFetching fetching;

  RemoteFetcher fetcher;

  RemoteDocuments documents;

  AggregateVerifier verifier = AggregateVerifier.SAML;

  @PostConstruct
  void start() {
    fetcher = fetching.fetcher(ACCEPT);
    documents = RemoteDocuments.of(fetcher);
  }

  /**
   * Registers a federation: its aggregate (uploaded, else read from {@code metadataUrl}) must
   * verify against {@code certificatePem}; nothing is stored otherwise.
   *
   * @throws MetadataRefused when the aggregate cannot be read or does not verify
   * @throws DomainException CONFLICT when a federation of that name exists
   */
  @RolesAllowed(Roles.OPERATOR)
  public Federation register(
      String name, URI metadataUrl, byte[] uploadedMetadata, String certificatePem) {
    if (name == null || name.isBlank() || name.length() > 128) {
      throw invalid("A federation's name must be 1 to 128 characters");
    }
    String trimmed = name.strip();
    if (certificatePem == null || certificatePem.isBlank() || certificatePem.length() > 16384) {
      throw invalid("The federation's signing certificate (PEM) is needed");
    }
    if (metadataUrl == null && uploadedMetadata == null) {
      throw invalid("A metadata URL or an uploaded aggregate is needed");
    }
    if (metadataUrl != null) {
      checkUrl(metadataUrl);
    }
    if (federations.findByName(trimmed).isPresent()) {
      throw new DomainException(
          DomainException.Kind.CONFLICT, "A federation named " + trimmed + " exists");
    }
    X509Certificate pinned = certificate(certificatePem);
    Instant now = clock.instant();
    byte[] xml = uploadedMetadata != null ? uploadedMetadata : fetch(metadataUrl);
    VerifiedAggregate aggregate = verify(xml, pinned, now);
    Federation federation =
        new Federation(
            trimmed,
            metadataUrl,
            certificatePem.strip(),
            principal.username(),
            principal.subject().orElse(principal.username()),
            now,
            aggregate);
    federations.store(federation);
    federations.replaceListing(federation.id(), listing(federation, aggregate));
    return federation;
  }

  /**
   * Reads the federation's aggregate from its URL again. An aggregate that verifies replaces the
   * listing; one that does not (or cannot be read) changes nothing but {@code lastError} and the
   * time of the next attempt, and the listing is kept until its validUntil.
   *
   * @throws DomainException CONFLICT for a federation fed by uploads only
   */
  @RolesAllowed(Roles.OPERATOR)
  public Federation refresh(String federationId) {
    Federation federation = federation(federationId);
    if (federation.metadataUrl().isEmpty()) {
      throw new DomainException(
          DomainException.Kind.CONFLICT,
          "The federation " + federation.name() + " has no metadata URL: upload its aggregate");
    }
    refreshFromUrl(federation);
    return federation;
  }

  /**
   * A new aggregate for a registered federation: replaces the listing when it verifies.
   *
   * @throws MetadataRefused when it does not (nothing changes)
   */
  @RolesAllowed(Roles.OPERATOR)
  public Federation upload(String federationId, byte[] metadata) {
    Federation federation = federation(federationId);
    if (metadata == null || metadata.length == 0) {
      throw invalid("The aggregate is empty");
    }
    Instant now = clock.instant();
    VerifiedAggregate aggregate = verify(metadata, certificate(federation.certificatePem()), now);
    accept(federation, aggregate, now);
    return federation;
  }

  @RolesAllowed(Roles.OPERATOR)
  public List<Federation> list() {
    return federations.findAll();
  }

  @RolesAllowed(Roles.OPERATOR)
  public Federation find(String id) {
    return federation(id);
  }

  /**
   * The identity providers the federation's current listing has, each with the organization
   * admitted through it (if any). Empty once the listing expired.
   */
  @RolesAllowed(Roles.OPERATOR)
  public List<ListedIdentityProvider> identityProviders(String federationId) {
    Federation federation = federation(federationId);
    if (!federation.validAt(clock.instant())) {
      return List.of();
    }
    List<ListedIdentityProvider> listing = federations.listing(federation.id());
    for (ListedIdentityProvider listed : listing) {
      onboardings
          .linkOfProvider(listed.entityId())
          .ifPresent(link -> listed.onboarded(link.organization()));
    }
    return listing;
  }

  /**
   * For the timer: refreshes the federation if it is read from a URL and its next refresh is due.
   *
   * @return whether it was refreshed (successfully or not)
   */
  public boolean refreshIfDue(String federationId) {
    Optional<Federation> found = federations.find(federationId);
    if (found.isEmpty()
        || found.get().metadataUrl().isEmpty()
        || found.get().nextRefresh().isAfter(clock.instant())) {
      return false;
    }
    refreshFromUrl(found.get());
    return true;
  }

  /** The ids of the federations whose next refresh is due (for the timer). */
  public List<String> dueForRefresh() {
    return federations.dueForRefresh(clock.instant());
  }

  private void refreshFromUrl(Federation federation) {
    Instant now = clock.instant();
    try {
      byte[] xml = fetch(federation.metadataUrl().orElseThrow());
      VerifiedAggregate aggregate = verify(xml, certificate(federation.certificatePem()), now);
      accept(federation, aggregate, now);
    } catch (MetadataRefused e) {
      String error = e.getMessage() + ": " + String.join("; ", e.problems());
      LOG.warning("refresh of federation " + federation.name() + " failed: " + error);
      federation.failed(error, now);
      if (!federation.validAt(now) && federation.identityProviderCount() > 0) {
        federations.replaceListing(federation.id(), List.of());
        federation.expiredListing();
      }
    }
  }

  private void accept(Federation federation, VerifiedAggregate aggregate, Instant now) {
    federation.accepted(aggregate, now);
    federations.replaceListing(federation.id(), listing(federation, aggregate));
  }

  private static List<ListedIdentityProvider> listing(
      Federation federation, VerifiedAggregate aggregate) {
    return aggregate.identityProviders().stream()
        .map(p -> new ListedIdentityProvider(federation.id(), p))
        .toList();
  }

  private Federation federation(String id) {
    return Optional.ofNullable(id)
        .flatMap(federations::find)
        .orElseThrow(
            () -> new DomainException(DomainException.Kind.NOT_FOUND, "No such federation"));
  }

  private void checkUrl(URI url) {
    try {
      fetcher.check(url);
    } catch (FetchRefused e) {
      throw invalid("The metadata URL is refused: " + e.getMessage());
    }
  }

  private byte[] fetch(URI url) {
    try {
      return documents.fetch(url, MetadataAggregates.MAX_BYTES);
    } catch (FetchRefused e) {
      throw new MetadataRefused(
          "The aggregate could not be read; nothing was stored", List.of(e.getMessage()));
    }
  }

  private X509Certificate certificate(String pem) {
    try {
      return verifier.certificate(pem);
    } catch (InvalidMetadata e) {
      throw new MetadataRefused("The certificate is not usable", e.problems());
    }
  }

  private VerifiedAggregate verify(byte[] xml, X509Certificate pinned, Instant now) {
    try {
      return verifier.verify(xml, pinned, now);
    } catch (InvalidMetadata e) {
      throw new MetadataRefused("The aggregate does not verify; nothing was stored", e.problems());
    }
  }

  private static DomainException invalid(String message) {
    return new DomainException(DomainException.Kind.INVALID, message);
  }
}
