package org.scrmportal.identity.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scrmportal.identity.federation.FederationFakes.PEM;
import static org.scrmportal.identity.federation.FederationFakes.aggregate;
import static org.scrmportal.identity.federation.FederationFakes.provider;
import static org.scrmportal.identity.federation.FederationFakes.unique;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrmportal.identity.federation.FederationFakes.FakeDocuments;
import org.scrmportal.identity.federation.FederationFakes.FakeVerifier;
import org.scrmportal.identity.federation.FederationFakes.InMemoryFederations;
import org.scrmportal.identity.federation.FederationFakes.InMemoryOnboardings;
import org.scrmportal.identity.federation.FederationFakes.MutableClock;
import org.scrmportal.identity.federation.saml.VerifiedAggregate;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.platform.DomainException;

/**
 * Federations: nothing is stored from an aggregate that does not verify; a listing is replaced only
 * by one that does; a failed refresh keeps the last listing until its validUntil and records the
 * error; remote aggregates are read only from addresses the SSRF guard allows.
 */
class FederationsTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));
  private final InMemoryFederations repository = new InMemoryFederations();
  private final InMemoryOnboardings onboardings = new InMemoryOnboardings();
  private final FakeVerifier verifier = new FakeVerifier();
  private final FakeDocuments documents = new FakeDocuments();
  private final Federations federations = new Federations();
  private final URI url = URI.create("https://md.federation.example/" + unique("aggregate"));

  @BeforeEach
  void wire() {
    federations.federations = repository;
    federations.onboardings = onboardings;
    federations.principal = FederationFakes.person("olga");
    federations.clock = clock;
    federations.verifier = verifier;
    federations.documents = documents;
    federations.fetcher = FederationFakes.fetcher("127.0.0.1");
  }

  private Instant inDays(int days) {
    return clock.instant().plus(Duration.ofDays(days));
  }

  private Federation registerFromUrl(VerifiedAggregate first) {
    documents.served.put(url, verifier.accept(first));
    return federations.register(unique("federation"), url, null, PEM);
  }

  @Test
  void registeringStoresTheVerifiedListingAndWhenToRefresh() {
    Federation federation =
        registerFromUrl(
            aggregate(
                inDays(10),
                Duration.ofHours(2),
                provider("https://a.example/idp"),
                provider("https://b.example/idp")));

    assertEquals(List.of(url), documents.read);
    assertEquals(Optional.of(url), federation.metadataUrl());
    assertEquals(clock.instant(), federation.fetchedAt());
    assertEquals(inDays(10), federation.validUntil());
    assertEquals(clock.instant().plus(Duration.ofHours(2)), federation.nextRefresh());
    assertEquals(2, federation.identityProviderCount());
    assertEquals(
        List.of("https://a.example/idp", "https://b.example/idp"),
        federations.identityProviders(federation.id()).stream()
            .map(ListedIdentityProvider::entityId)
            .toList());
    assertEquals("olga", federation.registeredBy());
  }

  @Test
  void nextRefreshIsSixHoursWithoutCacheDurationAndNeverAfterValidUntil() {
    Federation noCache = registerFromUrl(aggregate(inDays(3), null, provider("https://c/idp")));
    assertEquals(clock.instant().plus(Duration.ofHours(6)), noCache.nextRefresh());

    Instant soon = clock.instant().plus(Duration.ofHours(1));
    Federation shortLived =
        federations.register(
            unique("federation"),
            null,
            verifier.accept(aggregate(soon, Duration.ofDays(1), provider("https://d/idp"))),
            PEM);
    assertEquals(soon, shortLived.nextRefresh());
  }

  @Test
  void nothingIsStoredFromAnAggregateThatDoesNotVerify() {
    String name = unique("federation");
    MetadataRefused refused =
        assertThrows(
            MetadataRefused.class,
            () -> federations.register(name, null, "<forged/>".getBytes(), PEM));
    assertEquals(DomainException.Kind.INVALID, refused.kind());
    assertFalse(refused.problems().isEmpty());
    assertTrue(repository.federations.isEmpty());
    assertTrue(repository.listings.isEmpty());

    documents.served.put(url, "<tampered/>".getBytes());
    assertThrows(MetadataRefused.class, () -> federations.register(name, url, null, PEM));
    assertTrue(repository.federations.isEmpty());
    assertTrue(repository.listings.isEmpty());
  }

  @Test
  void anUnusableCertificateOrNoSourceStoresNothing() {
    byte[] good = verifier.accept(aggregate(inDays(3), null, provider("https://e/idp")));
    assertThrows(
        MetadataRefused.class,
        () -> federations.register(unique("f"), null, good, "not a certificate"));
    DomainException none =
        assertThrows(
            DomainException.class, () -> federations.register(unique("f"), null, null, PEM));
    assertEquals(DomainException.Kind.INVALID, none.kind());
    assertTrue(repository.federations.isEmpty());
  }

  @Test
  void anInternalMetadataUrlIsRefusedUnlessItsHostIsAllowed() {
    URI internal = URI.create("https://md.internal/aggregate.xml");
    documents.served.put(
        internal, verifier.accept(aggregate(inDays(3), null, provider("https://f/idp"))));
    DomainException refused =
        assertThrows(
            DomainException.class,
            () -> federations.register(unique("federation"), internal, null, PEM));
    assertEquals(DomainException.Kind.INVALID, refused.kind());
    assertTrue(documents.read.isEmpty(), "nothing is read from a refused address");
    assertThrows(
        DomainException.class,
        () ->
            federations.register(
                unique("federation"), URI.create("file:///etc/passwd"), null, PEM));
    assertTrue(repository.federations.isEmpty());

    URI allowed = URI.create("http://127.0.0.1:8999/aggregate.xml");
    documents.served.put(
        allowed, verifier.accept(aggregate(inDays(3), null, provider("https://g/idp"))));
    assertEquals(
        1, federations.register(unique("federation"), allowed, null, PEM).identityProviderCount());
  }

  @Test
  void aSecondFederationOfTheSameNameIsAConflict() {
    Federation first = registerFromUrl(aggregate(inDays(3), null, provider("https://h/idp")));
    byte[] other = verifier.accept(aggregate(inDays(3), null, provider("https://i/idp")));
    DomainException conflict =
        assertThrows(
            DomainException.class, () -> federations.register(first.name(), null, other, PEM));
    assertEquals(DomainException.Kind.CONFLICT, conflict.kind());
    assertEquals(1, repository.federations.size());
  }

  @Test
  void aRefreshThatVerifiesReplacesTheListingWholesale() {
    Federation federation =
        registerFromUrl(
            aggregate(
                inDays(3),
                null,
                provider("https://old.example/idp"),
                provider("https://kept.example/idp")));
    clock.advance(Duration.ofHours(7));
    documents.served.put(
        url,
        verifier.accept(
            aggregate(
                inDays(5),
                Duration.ofHours(1),
                provider("https://kept.example/idp"),
                provider("https://new.example/idp"))));

    federations.refresh(federation.id());

    assertEquals(
        List.of("https://kept.example/idp", "https://new.example/idp"),
        federations.identityProviders(federation.id()).stream()
            .map(ListedIdentityProvider::entityId)
            .toList());
    assertEquals(clock.instant(), federation.fetchedAt());
    assertEquals(inDays(5), federation.validUntil());
    assertEquals(Optional.empty(), federation.lastError());
  }

  @Test
  void aRefreshThatFailsKeepsTheLastListingAndRecordsTheError() {
    Federation federation =
        registerFromUrl(aggregate(inDays(3), null, provider("https://last.example/idp")));
    String sha = federation.sha256();
    clock.advance(Duration.ofHours(7));
    documents.served.put(url, "<forged/>".getBytes());

    Federation after = federations.refresh(federation.id());

    assertTrue(after.lastError().orElseThrow().contains("does not verify"));
    assertEquals(Optional.of(clock.instant()), after.lastErrorAt());
    assertEquals(sha, after.sha256());
    assertEquals(
        List.of("https://last.example/idp"),
        federations.identityProviders(federation.id()).stream()
            .map(ListedIdentityProvider::entityId)
            .toList());
    assertTrue(after.nextRefresh().isAfter(clock.instant()), "the next attempt is later");

    documents.served.remove(url); // the server is gone: also kept
    clock.advance(Duration.ofHours(7));
    federations.refresh(federation.id());
    assertTrue(after.lastError().orElseThrow().contains("could not be read"));
    assertEquals(1, federations.identityProviders(federation.id()).size());
  }

  @Test
  void theLastListingIsDroppedOnceItsValidUntilPassed() {
    Federation federation =
        registerFromUrl(aggregate(inDays(1), null, provider("https://stale.example/idp")));
    clock.advance(Duration.ofDays(2));
    documents.served.put(url, "<expired/>".getBytes());

    federations.refresh(federation.id());

    assertTrue(federation.lastError().isPresent());
    assertEquals(0, federation.identityProviderCount());
    assertTrue(federations.identityProviders(federation.id()).isEmpty());
    assertTrue(repository.listing(federation.id()).isEmpty());
  }

  @Test
  void anUploadReplacesTheListingOnlyWhenItVerifies() {
    Federation federation =
        federations.register(
            unique("federation"),
            null,
            verifier.accept(aggregate(inDays(3), null, provider("https://up.example/idp"))),
            PEM);
    String sha = federation.sha256();

    assertThrows(
        MetadataRefused.class, () -> federations.upload(federation.id(), "<bad/>".getBytes()));
    assertEquals(sha, federation.sha256());
    assertEquals(1, federations.identityProviders(federation.id()).size());

    federations.upload(
        federation.id(),
        verifier.accept(
            aggregate(
                inDays(4),
                null,
                provider("https://up2.example/idp"),
                provider("https://up3.example/idp"))));
    assertEquals(2, federations.identityProviders(federation.id()).size());
    assertEquals(2, federation.identityProviderCount());
  }

  @Test
  void aFederationFedByUploadsOnlyIsNotRefreshed() {
    Federation federation =
        federations.register(
            unique("federation"),
            null,
            verifier.accept(aggregate(inDays(3), null, provider("https://j/idp"))),
            PEM);
    DomainException conflict =
        assertThrows(DomainException.class, () -> federations.refresh(federation.id()));
    assertEquals(DomainException.Kind.CONFLICT, conflict.kind());
    assertTrue(federations.dueForRefresh().isEmpty());
    clock.advance(Duration.ofDays(1));
    assertFalse(federations.refreshIfDue(federation.id()));
  }

  @Test
  void theTimerRefreshesOnlyFederationsWhoseNextRefreshPassed() {
    Federation federation =
        registerFromUrl(aggregate(inDays(3), Duration.ofHours(1), provider("https://k/idp")));
    int verified = verifier.verifications;
    assertTrue(federations.dueForRefresh().isEmpty());
    assertFalse(federations.refreshIfDue(federation.id()));
    assertEquals(verified, verifier.verifications);

    clock.advance(Duration.ofMinutes(61));
    documents.served.put(
        url, verifier.accept(aggregate(inDays(3), null, provider("https://k2/idp"))));
    assertEquals(List.of(federation.id()), federations.dueForRefresh());
    assertTrue(federations.refreshIfDue(federation.id()));
    assertEquals(clock.instant(), federation.fetchedAt());
    assertEquals(
        "https://k2/idp", federations.identityProviders(federation.id()).get(0).entityId());
  }

  @Test
  void theScheduleRefreshesEveryDueFederationEvenWhenOneFails() {
    Federation broken =
        registerFromUrl(aggregate(inDays(3), Duration.ofHours(1), provider("https://n/idp")));
    URI otherUrl = URI.create("https://md.federation.example/" + unique("other"));
    documents.served.put(
        otherUrl,
        verifier.accept(aggregate(inDays(3), Duration.ofHours(1), provider("https://o/idp"))));
    Federation healthy = federations.register(unique("federation"), otherUrl, null, PEM);
    clock.advance(Duration.ofHours(2));
    documents.served.put(url, "<forged/>".getBytes());
    documents.served.put(
        otherUrl, verifier.accept(aggregate(inDays(4), null, provider("https://o2/idp"))));
    FederationSchedule schedule = new FederationSchedule();
    schedule.federations = federations;

    schedule.refreshDue();

    assertTrue(broken.lastError().isPresent());
    assertEquals("https://n/idp", federations.identityProviders(broken.id()).get(0).entityId());
    assertEquals(clock.instant(), healthy.fetchedAt());
    assertEquals("https://o2/idp", federations.identityProviders(healthy.id()).get(0).entityId());
    assertTrue(federations.dueForRefresh().isEmpty(), "both wait for their next refresh");
  }

  @Test
  void theListingShowsWhichOrganizationAProviderAdmitted() {
    Federation federation =
        registerFromUrl(
            aggregate(
                inDays(3),
                null,
                provider("https://l.example/idp"),
                provider("https://m.example/idp")));
    onboardings.links.put(
        "fed-org-l",
        OnboardingsTest.link("fed-org-l", "org-l", "https://l.example/idp", clock.instant()));

    List<ListedIdentityProvider> listed = federations.identityProviders(federation.id());
    assertEquals(Optional.of(new OrganizationId("org-l")), listed.get(0).onboarded());
    assertEquals(Optional.empty(), listed.get(1).onboarded());
    assertEquals(
        Optional.of("https://l.example/idp/sso/redirect"), listed.get(0).singleSignOnUrl());
  }

  @Test
  void anUnknownFederationIsNotFound() {
    DomainException missing =
        assertThrows(DomainException.class, () -> federations.find("no-such-federation"));
    assertEquals(DomainException.Kind.NOT_FOUND, missing.kind());
  }
}
