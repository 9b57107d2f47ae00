package org.scrmportal.identity.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scrmportal.identity.federation.FederationFakes.PEM;
import static org.scrmportal.identity.federation.FederationFakes.aggregate;
import static org.scrmportal.identity.federation.FederationFakes.provider;
import static org.scrmportal.identity.federation.FederationFakes.unique;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scrmportal.identity.federation.FederationFakes.FakeRealmAdmin;
import org.scrmportal.identity.federation.FederationFakes.FakeVerifier;
import org.scrmportal.identity.federation.FederationFakes.MutableClock;
import org.scrmportal.identity.federation.saml.ListedProvider;
import org.scrmportal.organization.Organization;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.OrganizationRepository;
import org.scrmportal.organization.OrganizationType;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.DomainException;
import org.scrmportal.testing.TestDatabases;

/**
 * V19 on real databases (H2 and PostgreSQL): federations and their listings (replaced wholesale),
 * the refresh query, onboardings with their recorded attributes, the database's own four-eyes and
 * secret constraints, and an approval that Keycloak refuses rolled back as a whole.
 */
class JpaFederationRepositoriesTest {

  private EntityManager em;
  private JpaFederationRepository federations;
  private JpaOnboardingRepository onboardings;
  private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));

  private void open(TestDatabases db) {
    em = db.entityManagerFactory().createEntityManager();
    federations = new JpaFederationRepository();
    federations.em = em;
    onboardings = new JpaOnboardingRepository();
    onboardings.em = em;
  }

  @AfterEach
  void close() {
    if (em != null) {
      em.close();
    }
  }

  private <T> T inTransaction(Supplier<T> work) {
    em.getTransaction().begin();
    try {
      T result = work.get();
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.clear();
    }
  }

  private final OrganizationRepository organizations =
      new OrganizationRepository() {
        @Override
        public Optional<Organization> find(OrganizationId id) {
          return Optional.ofNullable(em.find(Organization.class, id.value()));
        }

        @Override
        public List<Organization> findAll() {
          return em.createQuery("select o from Organization o", Organization.class).getResultList();
        }

        @Override
        public void store(Organization organization) {
          em.persist(organization);
        }
      };

  private final FakeVerifier verifier = new FakeVerifier();
  private final FakeRealmAdmin realm = new FakeRealmAdmin();

  private Federations federationService() {
    Federations service = new Federations();
    service.federations = federations;
    service.onboardings = onboardings;
    service.principal = FederationFakes.person("olga");
    service.clock = clock;
    service.verifier = verifier;
    service.fetcher = FederationFakes.fetcher();
    service.documents = new FederationFakes.FakeDocuments();
    return service;
  }

  private Onboardings onboardingService(FederationFakes.TestCaller caller) {
    Onboardings service = new Onboardings();
    service.onboardings = onboardings;
    service.federations = federations;
    service.organizations = organizations;
    service.organizationService = FederationFakes.admitting(organizations, clock);
    service.realm = realm;
    service.principal = caller;
    service.clock = clock;
    service.fetcher = FederationFakes.fetcher();
    service.documents = new FederationFakes.FakeDocuments();
    return service;
  }

  private Federation register(ListedProvider... providers) {
    return inTransaction(
        () ->
            federationService()
                .register(
                    unique("federation"),
                    URI.create("https://md.example/" + unique("agg")),
                    verifier.accept(
                        aggregate(
                            clock.instant().plus(Duration.ofDays(3)),
                            Duration.ofHours(1),
                            providers)),
                    PEM));
  }

  private static Admission admission(String orgId) {
    return new Admission(
        new OrganizationId(orgId),
        "Agency " + orgId,
        OrganizationType.AGENCY,
        Tier.T2,
        null,
        "NL",
        Set.of("consumer", "submitter"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void aFederationAndItsListingAreKeptAndReplacedWholesale(TestDatabases db) {
    open(db);
    String a = "https://" + unique("a") + ".example/idp";
    String b = "https://" + unique("b") + ".example/idp";
    Federation registered = register(provider(a), provider(b));

    Federation found = federations.find(registered.id()).orElseThrow();
    assertEquals(registered.name(), found.name());
    assertEquals(registered.validUntil(), found.validUntil());
    assertEquals(Optional.of(Duration.ofHours(1)), found.cacheDuration());
    assertEquals(2, found.identityProviderCount());
    ListedIdentityProvider listed = federations.listed(found.id(), a).orElseThrow();
    assertEquals(provider(a), listed.provider(), "the listing's lists survive the database");
    assertEquals(Optional.of("Partner Agency"), listed.organizationName());

    String c = "https://" + unique("c") + ".example/idp";
    inTransaction(
        () ->
            federationService()
                .upload(
                    registered.id(),
                    verifier.accept(
                        aggregate(clock.instant().plus(Duration.ofDays(4)), null, provider(c)))));
    assertEquals(
        List.of(c),
        federations.listing(registered.id()).stream()
            .map(ListedIdentityProvider::entityId)
            .toList());
    assertEquals(Optional.empty(), federations.find(registered.id()).orElseThrow().cacheDuration());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void onlyUrlFederationsWhoseRefreshIsDueAreListedForTheTimer(TestDatabases db) {
    open(db);
    Federation federation = register(provider("https://" + unique("d") + ".example/idp"));
    assertFalse(federations.dueForRefresh(clock.instant()).contains(federation.id()));
    assertTrue(
        federations
            .dueForRefresh(clock.instant().plus(Duration.ofMinutes(61)))
            .contains(federation.id()));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void aFederationNameIsUniqueInTheDatabaseToo(TestDatabases db) {
    open(db);
    Federation first = register(provider("https://" + unique("e") + ".example/idp"));
    assertThrows(
        PersistenceException.class,
        () ->
            inTransaction(
                () -> {
                  em.persist(
                      new Federation(
                          first.name(),
                          null,
                          PEM,
                          "x",
                          "sub-x",
                          clock.instant(),
                          aggregate(clock.instant().plus(Duration.ofDays(1)), null)));
                  em.flush();
                  return null;
                }));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void anApprovalThatKeycloakRefusesLeavesNothingBehind(TestDatabases db) {
    open(db);
    String entity = "https://" + unique("f") + ".example/idp";
    Federation federation = register(provider(entity));
    String orgId = unique("org");
    FederationFakes.TestCaller olga = FederationFakes.person("olga");
    FederationFakes.TestCaller peter = FederationFakes.person("peter");
    Onboarding proposal =
        inTransaction(
            () ->
                onboardingService(olga)
                    .proposeSaml(federation.id(), entity, admission(orgId), "partner"));

    realm.failOn = "createSamlProvider";
    DomainException refused =
        assertThrows(
            DomainException.class,
            () -> inTransaction(() -> onboardingService(peter).approve(proposal.id())));
    assertEquals(DomainException.Kind.UNAVAILABLE, refused.kind());
    assertTrue(organizations.find(new OrganizationId(orgId)).isEmpty());
    assertTrue(onboardings.link("fed-" + orgId).isEmpty());
    assertEquals(Onboarding.Status.PENDING, onboardings.find(proposal.id()).orElseThrow().status());

    realm.failOn = null;
    inTransaction(() -> onboardingService(peter).approve(proposal.id()));
    Onboarding approved = onboardings.find(proposal.id()).orElseThrow();
    assertEquals(Onboarding.Status.APPROVED, approved.status());
    assertEquals(Optional.of("fed-" + orgId), approved.alias());
    assertEquals(Tier.T2, organizations.find(new OrganizationId(orgId)).orElseThrow().tier());
    assertEquals(
        List.of("fed-" + orgId),
        onboardings.links(new OrganizationId(orgId)).stream()
            .map(IdentityProviderLink::alias)
            .toList());
    assertEquals(entity, onboardings.linkOfProvider(entity).orElseThrow().providerId());
    assertEquals(
        "https://federation.example/registrar",
        approved.federationAttributes().registrationAuthority());
    assertEquals(
        List.of("http://refeds.org/category/research-and-scholarship"),
        approved.federationAttributes().entityCategories());
    assertEquals(Set.of("consumer", "submitter"), approved.roles());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void theDatabaseRefusesADecisionByTheProposerAndASecretKeptAfterTheDecision(TestDatabases db) {
    open(db);
    String issuer = "https://" + unique("op") + ".example";
    FederationFakes.TestCaller olga = FederationFakes.person("olga");
    Onboarding proposal =
        inTransaction(
            () ->
                onboardingService(olga)
                    .proposeOidc(
                        URI.create(issuer),
                        ("{\"issuer\":\""
                                + issuer
                                + "\",\"authorization_endpoint\":\""
                                + issuer
                                + "/a\",\"token_endpoint\":\""
                                + issuer
                                + "/t\",\"jwks_uri\":\""
                                + issuer
                                + "/k\"}")
                            .getBytes(),
                        "scrm",
                        "secret",
                        admission(unique("org")),
                        "oidc partner"));
    Onboarding stored = onboardings.find(proposal.id()).orElseThrow();
    assertEquals(Optional.of("secret"), stored.clientSecret());
    assertEquals(
        new Onboarding.OidcEndpoints(issuer + "/a", issuer + "/t", issuer + "/k", null),
        stored.oidcEndpoints().orElseThrow());
    assertEquals(List.of(), stored.federationAttributes().entityCategories());
    assertEquals(
        List.of(proposal.id()),
        onboardings.pending(new OrganizationId("zz-none"), issuer).stream()
            .map(Onboarding::id)
            .toList());

    assertThrows(
        PersistenceException.class,
        () ->
            inTransaction(
                () ->
                    em.createNativeQuery(
                            "update onboarding set status = 'APPROVED', decided_by = 'olga',"
                                + " decided_by_sub = proposed_by_sub, decided_at = ?,"
                                + " client_secret = null where id = ?")
                        .setParameter(1, clock.instant())
                        .setParameter(2, proposal.id())
                        .executeUpdate()));
    assertThrows(
        PersistenceException.class,
        () ->
            inTransaction(
                () ->
                    em.createNativeQuery(
                            "update onboarding set status = 'REJECTED', decided_by = 'peter',"
                                + " decided_by_sub = 'sub-peter', decided_at = ? where id = ?")
                        .setParameter(1, clock.instant())
                        .setParameter(2, proposal.id())
                        .executeUpdate()));

    inTransaction(() -> onboardingService(FederationFakes.person("peter")).reject(proposal.id()));
    Onboarding rejected = onboardings.find(proposal.id()).orElseThrow();
    assertTrue(
        onboardings.findByStatus(Onboarding.Status.REJECTED).stream()
            .anyMatch(o -> o.id().equals(proposal.id())));
    assertTrue(onboardings.findByStatus(null).stream().anyMatch(o -> o.id().equals(proposal.id())));
    assertFalse(
        onboardings.findByStatus(Onboarding.Status.PENDING).stream()
            .anyMatch(o -> o.id().equals(proposal.id())));
    assertEquals(Onboarding.Status.REJECTED, rejected.status());
    assertEquals(Optional.empty(), rejected.clientSecret());
  }
}
