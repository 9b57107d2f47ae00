package org.scrmportal.identity.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scrmportal.identity.federation.FederationFakes.unique;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrmportal.identity.RealmAdmin;
import org.scrmportal.identity.federation.FederationFakes.FakeDocuments;
import org.scrmportal.identity.federation.FederationFakes.FakeRealmAdmin;
import org.scrmportal.identity.federation.FederationFakes.InMemoryFederations;
import org.scrmportal.identity.federation.FederationFakes.InMemoryOnboardings;
import org.scrmportal.identity.federation.FederationFakes.InMemoryOrganizations;
import org.scrmportal.identity.federation.FederationFakes.MutableClock;
import org.scrmportal.identity.federation.saml.testing.TestFederation;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.OrganizationType;
import org.scrmportal.organization.Tier;

/**
 * The services over real signed aggregates (OpenSAML through the facade, signed by {@link
 * TestFederation}): only the pinned key's aggregates are stored, a tampered one leaves nothing, and
 * an approved provider is registered with the signing certificate and endpoint of its metadata.
 */
class SignedAggregatesTest {

  private static final TestFederation FEDERATION = TestFederation.create("Test Federation");
  private static final TestFederation INTRUDER = TestFederation.create("Intruder");

  private final MutableClock clock =
      new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
  private final InMemoryFederations repository = new InMemoryFederations();
  private final InMemoryOnboardings onboardingRepository = new InMemoryOnboardings();
  private final InMemoryOrganizations organizations = new InMemoryOrganizations();
  private final FakeDocuments documents = new FakeDocuments();
  private final FakeRealmAdmin realm = new FakeRealmAdmin();
  private final Federations federations = new Federations();
  private final Onboardings onboardings = new Onboardings();
  private final URI url = URI.create("https://md.example/" + unique("federation") + ".xml");
  private final String entityId = "https://" + unique("agency") + ".example/idp";
  private final TestFederation idpKey = TestFederation.create("Partner IdP");

  @BeforeEach
  void wire() {
    federations.federations = repository;
    federations.onboardings = onboardingRepository;
    federations.principal = FederationFakes.person("olga");
    federations.clock = clock;
    federations.documents = documents;
    federations.fetcher = FederationFakes.fetcher();
    onboardings.onboardings = onboardingRepository;
    onboardings.federations = repository;
    onboardings.organizations = organizations;
    onboardings.organizationService = FederationFakes.admitting(organizations, clock);
    onboardings.realm = realm;
    onboardings.clock = clock;
    onboardings.documents = documents;
    onboardings.fetcher = FederationFakes.fetcher();
  }

  private String aggregateXml() {
    return TestFederation.aggregate(
        "urn:test:" + unique("federation"),
        clock.instant().plus(Duration.ofDays(7)),
        Duration.ofHours(4),
        TestFederation.describe(
            TestFederation.identityProvider(entityId, entityId + "/sso", idpKey.certificate()),
            "https://registrar.example/",
            "Partner Agency",
            List.of("http://refeds.org/category/research-and-scholarship"),
            List.of("https://refeds.org/sirtfi")));
  }

  @Test
  void anAggregateSignedByThePinnedKeyIsListedWithItsAttributes() {
    documents.served.put(url, FEDERATION.sign(aggregateXml()));
    Federation federation =
        federations.register(unique("federation"), url, null, FEDERATION.certificatePem());

    List<ListedIdentityProvider> listed = federations.identityProviders(federation.id());
    assertEquals(1, listed.size());
    ListedIdentityProvider idp = listed.get(0);
    assertEquals(entityId, idp.entityId());
    assertEquals("https://registrar.example/", idp.registrationAuthority().orElseThrow());
    assertEquals(List.of("https://refeds.org/sirtfi"), idp.assuranceCertifications());
    assertEquals(
        List.of("http://refeds.org/category/research-and-scholarship"), idp.entityCategories());
    assertEquals(clock.instant().plus(Duration.ofHours(4)), federation.nextRefresh());
  }

  @Test
  void nothingIsStoredFromAnAggregateSignedByAnotherKeyOrTamperedWith() {
    documents.served.put(url, INTRUDER.sign(aggregateXml()));
    assertThrows(
        MetadataRefused.class,
        () -> federations.register(unique("federation"), url, null, FEDERATION.certificatePem()));

    String tampered =
        new String(FEDERATION.sign(aggregateXml()), StandardCharsets.UTF_8)
            .replace(entityId + "/sso", "https://attacker.example/sso");
    MetadataRefused refused =
        assertThrows(
            MetadataRefused.class,
            () ->
                federations.register(
                    unique("federation"),
                    null,
                    tampered.getBytes(StandardCharsets.UTF_8),
                    FEDERATION.certificatePem()));
    assertFalse(refused.problems().isEmpty());
    byte[] unsigned = aggregateXml().getBytes(StandardCharsets.UTF_8);
    assertThrows(
        MetadataRefused.class,
        () ->
            federations.register(
                unique("federation"), null, unsigned, FEDERATION.certificatePem()));
    assertTrue(repository.federations.isEmpty());
    assertTrue(repository.listings.isEmpty());
  }

  @Test
  void aTamperedRefreshKeepsTheLastGoodListing() {
    documents.served.put(url, FEDERATION.sign(aggregateXml()));
    Federation federation =
        federations.register(unique("federation"), url, null, FEDERATION.certificatePem());
    documents.served.put(url, INTRUDER.sign(aggregateXml()));
    clock.advance(Duration.ofHours(5));

    federations.refresh(federation.id());

    assertTrue(federation.lastError().isPresent());
    assertEquals(
        List.of(entityId),
        federations.identityProviders(federation.id()).stream()
            .map(ListedIdentityProvider::entityId)
            .toList());
  }

  @Test
  void approvalRegistersTheProviderWithTheCertificateAndEndpointOfItsMetadata() {
    Federation federation =
        federations.register(
            unique("federation"),
            null,
            FEDERATION.sign(aggregateXml()),
            FEDERATION.certificatePem());
    String orgId = unique("agency");
    onboardings.principal = FederationFakes.person("olga");
    Onboarding proposal =
        onboardings.proposeSaml(
            federation.id(),
            entityId,
            new Admission(
                new OrganizationId(orgId),
                "Partner Agency",
                OrganizationType.AGENCY,
                Tier.T3,
                "government",
                "BE",
                Set.of()),
            "national CERT partner");
    assertEquals(
        "https://registrar.example/", proposal.federationAttributes().registrationAuthority());
    onboardings.principal = FederationFakes.person("peter");

    onboardings.approve(proposal.id());

    RealmAdmin.SamlProvider saml = realm.saml.get("fed-" + orgId);
    assertEquals(entityId, saml.entityId());
    assertEquals(entityId + "/sso", saml.singleSignOnUrl());
    assertFalse(saml.postBinding(), "HTTP-Redirect is preferred when offered");
    assertEquals(List.of(TestFederation.base64(idpKey.certificate())), saml.signingCertificates());
    assertEquals(Onboardings.PERSISTENT, saml.nameIdFormat());
    assertEquals(orgId, saml.orgId());
    assertEquals(Set.of("consumer"), saml.roles());
    assertEquals(Tier.T3, organizations.find(new OrganizationId(orgId)).orElseThrow().tier());
    assertEquals("T3", realm.groups.get(orgId).tier());
  }
}
