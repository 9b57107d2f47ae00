package org.scrmportal.identity.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scrmportal.identity.federation.FederationFakes.PEM;
import static org.scrmportal.identity.federation.FederationFakes.PERSISTENT;
import static org.scrmportal.identity.federation.FederationFakes.POST;
import static org.scrmportal.identity.federation.FederationFakes.TRANSIENT;
import static org.scrmportal.identity.federation.FederationFakes.aggregate;
import static org.scrmportal.identity.federation.FederationFakes.provider;
import static org.scrmportal.identity.federation.FederationFakes.unique;

import jakarta.ejb.ApplicationException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrmportal.identity.RealmAdmin;
import org.scrmportal.identity.federation.FederationFakes.FakeDocuments;
import org.scrmportal.identity.federation.FederationFakes.FakeRealmAdmin;
import org.scrmportal.identity.federation.FederationFakes.FakeVerifier;
import org.scrmportal.identity.federation.FederationFakes.InMemoryFederations;
import org.scrmportal.identity.federation.FederationFakes.InMemoryOnboardings;
import org.scrmportal.identity.federation.FederationFakes.InMemoryOrganizations;
import org.scrmportal.identity.federation.FederationFakes.MutableClock;
import org.scrmportal.identity.federation.FederationFakes.TestCaller;
import org.scrmportal.identity.federation.saml.SsoEndpoint;
import org.scrmportal.organization.Organization;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.OrganizationType;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.DomainException;

/**
 * Onboarding with four eyes by two people: the proposer cannot decide, a machine client can do
 * neither; approval creates the organization at the proposed tier, its realm group and the provider
 * as the listing (or the discovery document) describes it; a refusal by Keycloak is a rollback; an
 * organization id or a provider known already is a conflict; an expired listing cannot be used; the
 * OIDC client secret is gone after the decision.
 */
class OnboardingsTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));
  private final InMemoryFederations federationRepository = new InMemoryFederations();
  private final InMemoryOnboardings repository = new InMemoryOnboardings();
  private final InMemoryOrganizations organizations = new InMemoryOrganizations();
  private final FakeVerifier verifier = new FakeVerifier();
  private final FakeDocuments documents = new FakeDocuments();
  private final FakeRealmAdmin realm = new FakeRealmAdmin();
  private final Federations federations = new Federations();
  private final Onboardings onboardings = new Onboardings();
  private final TestCaller olga = FederationFakes.person("olga");
  private final TestCaller peter = FederationFakes.person("peter");
  private Federation federation;
  private final String entityId = "https://" + unique("partner") + ".example/idp";
  private final String postOnly = "https://" + unique("post") + ".example/idp";

  static IdentityProviderLink link(String alias, String org, String providerId, Instant at) {
    return new IdentityProviderLink(
        alias,
        new OrganizationId(org),
        Onboarding.Protocol.SAML,
        providerId,
        null,
        "onboarding-" + alias,
        at);
  }

  @BeforeEach
  void wire() {
    federations.federations = federationRepository;
    federations.onboardings = repository;
    federations.principal = olga;
    federations.clock = clock;
    federations.verifier = verifier;
    federations.documents = documents;
    federations.fetcher = FederationFakes.fetcher();
    onboardings.onboardings = repository;
    onboardings.federations = federationRepository;
    onboardings.organizations = organizations;
    onboardings.organizationService = FederationFakes.admitting(organizations, clock);
    onboardings.realm = realm;
    onboardings.principal = olga;
    onboardings.clock = clock;
    onboardings.documents = documents;
    onboardings.fetcher = FederationFakes.fetcher("127.0.0.1");
    federation =
        federations.register(
            unique("federation"),
            null,
            verifier.accept(
                aggregate(
                    clock.instant().plus(Duration.ofDays(2)),
                    null,
                    provider(entityId),
                    provider(
                        postOnly,
                        List.of(new SsoEndpoint(POST, postOnly + "/sso/post")),
                        List.of(TRANSIENT)))),
            PEM);
  }

  private static Admission admission(String orgId, Tier tier, Set<String> roles) {
    return new Admission(
        new OrganizationId(orgId),
        "Partner Agency " + orgId,
        OrganizationType.AGENCY,
        tier,
        "government",
        "FR",
        roles);
  }

  private Onboarding proposeSaml(String entity, String orgId) {
    onboardings.principal = olga;
    return onboardings.proposeSaml(
        federation.id(), entity, admission(orgId, Tier.T2, Set.of()), "a partner agency");
  }

  private Onboarding approveAs(TestCaller caller, String id) {
    onboardings.principal = caller;
    return onboardings.approve(id);
  }

  @Test
  void aProposalRecordsTheFederationAttributesTheApproverIsShown() {
    Onboarding proposal = proposeSaml(entityId, unique("org"));

    assertEquals(Onboarding.Status.PENDING, proposal.status());
    assertEquals(Onboarding.Protocol.SAML, proposal.protocol());
    assertEquals(Optional.of(entityId), proposal.entityId());
    assertEquals(Optional.of(federation.id()), proposal.federationId());
    Onboarding.FederationAttributes attributes = proposal.federationAttributes();
    assertEquals("https://federation.example/registrar", attributes.registrationAuthority());
    assertEquals(List.of("https://refeds.org/sirtfi"), attributes.assuranceCertifications());
    assertEquals(
        List.of("http://refeds.org/category/research-and-scholarship"),
        attributes.entityCategories());
    assertEquals("Partner Agency", attributes.organizationName());
    assertEquals(Set.of("consumer"), proposal.roles(), "consumer when no role is given");
    assertEquals("olga", proposal.proposedBy());
    assertEquals(List.of(proposal), onboardings.list(Onboarding.Status.PENDING));
    assertTrue(realm.calls.isEmpty(), "a proposal changes nothing in Keycloak");
    assertTrue(organizations.organizations.isEmpty());
  }

  @Test
  void theProposerCannotApproveOrRejectItsOwnProposal() {
    Onboarding proposal = proposeSaml(entityId, unique("org"));
    TestCaller olgaAgain = new TestCaller(olga.sub(), "olga-renamed", false);

    DomainException approve =
        assertThrows(DomainException.class, () -> approveAs(olgaAgain, proposal.id()));
    assertEquals(DomainException.Kind.FORBIDDEN, approve.kind());
    onboardings.principal = olga;
    DomainException reject =
        assertThrows(DomainException.class, () -> onboardings.reject(proposal.id()));
    assertEquals(DomainException.Kind.FORBIDDEN, reject.kind());

    assertEquals(Onboarding.Status.PENDING, proposal.status());
    assertTrue(realm.calls.isEmpty());
    assertTrue(organizations.organizations.isEmpty());
    assertTrue(repository.links.isEmpty());
  }

  @Test
  void aMachineClientCanNeitherProposeNorDecide() {
    onboardings.principal = FederationFakes.machine("poller");
    DomainException propose =
        assertThrows(
            DomainException.class,
            () ->
                onboardings.proposeSaml(
                    federation.id(), entityId, admission(unique("org"), Tier.T1, Set.of()), "r"));
    assertEquals(DomainException.Kind.FORBIDDEN, propose.kind());
    assertTrue(repository.onboardings.isEmpty());

    Onboarding proposal = proposeSaml(entityId, unique("org"));
    DomainException approve =
        assertThrows(
            DomainException.class,
            () -> approveAs(FederationFakes.machine("operator-bot"), proposal.id()));
    assertEquals(DomainException.Kind.FORBIDDEN, approve.kind());
    assertEquals(Onboarding.Status.PENDING, proposal.status());
    assertTrue(realm.calls.isEmpty());
  }

  @Test
  void approvalCreatesTheOrganizationItsGroupAndTheSamlProviderFromTheListing() {
    String orgId = unique("org");
    onboardings.principal = olga;
    Onboarding proposal =
        onboardings.proposeSaml(
            federation.id(),
            entityId,
            admission(orgId, Tier.T2, Set.of("consumer", "submitter")),
            "a partner agency");

    Onboarding approved = approveAs(peter, proposal.id());

    assertEquals(Onboarding.Status.APPROVED, approved.status());
    assertEquals(Optional.of("peter"), approved.decidedBy());
    assertEquals(Optional.of("fed-" + orgId), approved.alias());

    Organization organization = organizations.find(new OrganizationId(orgId)).orElseThrow();
    assertEquals(Tier.T2, organization.tier());
    assertEquals(OrganizationType.AGENCY, organization.type());
    assertEquals("Partner Agency " + orgId, organization.name());
    assertEquals("FR", organization.country());

    assertEquals(
        new RealmAdmin.OrganizationGroup(
            orgId, "Partner Agency " + orgId, "agency", "T2", "government", "FR"),
        realm.groups.get(orgId));
    RealmAdmin.SamlProvider saml = realm.saml.get("fed-" + orgId);
    assertEquals(
        new RealmAdmin.SamlProvider(
            "fed-" + orgId,
            "Partner Agency " + orgId,
            entityId,
            entityId + "/sso/redirect",
            false,
            List.of("TUlJQ0VydGlmaWNhdGU=", "TUlJQW5vdGhlcg=="),
            PERSISTENT,
            orgId,
            Set.of("consumer", "submitter")),
        saml);
    assertEquals(
        List.of("identityProviderExists", "putOrganizationGroup", "createSamlProvider"),
        realm.calls);

    IdentityProviderLink link = repository.link("fed-" + orgId).orElseThrow();
    assertEquals(new OrganizationId(orgId), link.organization());
    assertEquals(entityId, link.providerId());
    assertTrue(link.enabled());
    assertTrue(repository.flushes > 0, "the database answers before Keycloak is changed");
  }

  @Test
  void aPostOnlyProviderIsRegisteredWithPostBindingAndItsDefaultNameIdFormat() {
    String orgId = unique("org");
    Onboarding proposal = proposeSaml(postOnly, orgId);
    approveAs(peter, proposal.id());
    RealmAdmin.SamlProvider saml = realm.saml.get("fed-" + orgId);
    assertTrue(saml.postBinding());
    assertEquals(postOnly + "/sso/post", saml.singleSignOnUrl());
    assertNull(saml.nameIdFormat());
    assertEquals(Set.of("consumer"), saml.roles());
  }

  @Test
  void aKeycloakRefusalRollsTheApprovalBack() {
    for (String failing : List.of("putOrganizationGroup", "createSamlProvider")) {
      realm.failOn = failing;
      Onboarding proposal = proposeSaml(entityId, unique("org"));
      DomainException refused =
          assertThrows(DomainException.class, () -> approveAs(peter, proposal.id()));
      assertEquals(DomainException.Kind.UNAVAILABLE, refused.kind());
      assertTrue(
          DomainException.class.getAnnotation(ApplicationException.class).rollback(),
          "the container rolls the organization, the link and the decision back");
      onboardings.principal = olga;
      repository.onboardings.remove(proposal.id()); // what the rollback leaves: nothing new
      repository.links.clear();
      organizations.organizations.clear();
    }
    assertTrue(realm.saml.isEmpty());
  }

  @Test
  void aKnownOrganizationIdIsAConflictAtProposalAndAtApproval() {
    String taken = unique("org");
    organizations.add(taken);
    DomainException atProposal =
        assertThrows(DomainException.class, () -> proposeSaml(entityId, taken));
    assertEquals(DomainException.Kind.CONFLICT, atProposal.kind());

    String later = unique("org");
    Onboarding proposal = proposeSaml(entityId, later);
    organizations.add(later); // first seen in the meantime
    DomainException atApproval =
        assertThrows(DomainException.class, () -> approveAs(peter, proposal.id()));
    assertEquals(DomainException.Kind.CONFLICT, atApproval.kind());
    assertTrue(realm.saml.isEmpty());
    assertTrue(realm.groups.isEmpty());
  }

  @Test
  void aProviderOnboardedOrProposedAlreadyIsAConflict() {
    Onboarding first = proposeSaml(entityId, unique("org"));
    DomainException pending =
        assertThrows(DomainException.class, () -> proposeSaml(entityId, unique("org")));
    assertEquals(DomainException.Kind.CONFLICT, pending.kind());

    approveAs(peter, first.id());
    DomainException onboarded =
        assertThrows(DomainException.class, () -> proposeSaml(entityId, unique("org")));
    assertEquals(DomainException.Kind.CONFLICT, onboarded.kind());
    assertEquals(1, realm.saml.size());
  }

  @Test
  void aProviderOfAnExpiredListingCannotBeProposedOrApproved() {
    Onboarding proposal = proposeSaml(entityId, unique("org"));
    clock.advance(Duration.ofDays(3)); // past the aggregate's validUntil

    DomainException propose =
        assertThrows(DomainException.class, () -> proposeSaml(postOnly, unique("org")));
    assertEquals(DomainException.Kind.CONFLICT, propose.kind());
    DomainException approve =
        assertThrows(DomainException.class, () -> approveAs(peter, proposal.id()));
    assertEquals(DomainException.Kind.CONFLICT, approve.kind());
    assertTrue(realm.calls.isEmpty());
    assertTrue(organizations.organizations.isEmpty());
  }

  @Test
  void anEntityTheFederationDoesNotListIsNotFound() {
    DomainException missing =
        assertThrows(
            DomainException.class, () -> proposeSaml("https://unlisted.example/idp", "org-x1"));
    assertEquals(DomainException.Kind.NOT_FOUND, missing.kind());
  }

  @Test
  void onlyConsumerAndSubmitterMayBeGiven() {
    DomainException refused =
        assertThrows(
            DomainException.class, () -> admission(unique("org"), Tier.T1, Set.of("operator")));
    assertEquals(DomainException.Kind.INVALID, refused.kind());
    assertThrows(DomainException.class, () -> admission(unique("org"), Tier.T1, Set.of("analyst")));
  }

  @Test
  void aRejectionChangesNothingButTheProposal() {
    Onboarding proposal = proposeSaml(entityId, unique("org"));
    onboardings.principal = peter;
    Onboarding rejected = onboardings.reject(proposal.id());
    assertEquals(Onboarding.Status.REJECTED, rejected.status());
    assertEquals(List.of(rejected), onboardings.list(Onboarding.Status.REJECTED));
    assertEquals(List.of(), onboardings.list(Onboarding.Status.PENDING));
    assertEquals(List.of(rejected), onboardings.list(null));
    assertTrue(realm.calls.isEmpty());
    assertTrue(organizations.organizations.isEmpty());
    DomainException again =
        assertThrows(DomainException.class, () -> approveAs(peter, proposal.id()));
    assertEquals(DomainException.Kind.CONFLICT, again.kind());
  }

  // OpenID Connect

  private static byte[] discovery(String issuer, String endpointBase) {
    return ("{\"issuer\":\""
            + issuer
            + "\",\"authorization_endpoint\":\""
            + endpointBase
            + "/auth\",\"token_endpoint\":\""
            + endpointBase
            + "/token\",\"jwks_uri\":\""
            + endpointBase
            + "/certs\",\"userinfo_endpoint\":\""
            + endpointBase
            + "/userinfo\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private Onboarding proposeOidc(URI issuer, byte[] document, String orgId) {
    onboardings.principal = olga;
    return onboardings.proposeOidc(
        issuer,
        document,
        "scrm-broker",
        "s3cret-" + orgId,
        admission(orgId, Tier.T1, Set.of("submitter")),
        "an OIDC partner");
  }

  @Test
  void anOidcProviderIsDiscoveredAtItsWellKnownAddressAndRegisteredAtApproval() {
    String issuer = "https://" + unique("op") + ".example/realms/partner";
    documents.served.put(
        URI.create(issuer + "/.well-known/openid-configuration"), discovery(issuer, issuer));
    String orgId = unique("org");

    Onboarding proposal = proposeOidc(URI.create(issuer), null, orgId);
    assertEquals(Optional.of(issuer), proposal.issuer());
    assertEquals(Optional.of("s3cret-" + orgId), proposal.clientSecret());

    Onboarding approved = approveAs(peter, proposal.id());

    assertEquals(
        new RealmAdmin.OidcProvider(
            "oidc-" + orgId,
            "Partner Agency " + orgId,
            issuer,
            issuer + "/auth",
            issuer + "/token",
            issuer + "/certs",
            issuer + "/userinfo",
            "scrm-broker",
            "s3cret-" + orgId,
            orgId,
            Set.of("submitter")),
        realm.oidc.get("oidc-" + orgId));
    assertEquals(Optional.empty(), approved.clientSecret(), "the secret is not kept");
    assertEquals(Optional.of("oidc-" + orgId), approved.alias());
    assertEquals(Tier.T1, organizations.find(new OrganizationId(orgId)).orElseThrow().tier());
  }

  @Test
  void aRejectedOidcProposalForgetsItsSecret() {
    String issuer = "https://" + unique("op") + ".example";
    Onboarding proposal =
        proposeOidc(
            URI.create(issuer + "/.well-known/openid-configuration"),
            discovery(issuer, issuer),
            unique("org"));
    onboardings.principal = peter;
    assertEquals(Optional.empty(), onboardings.reject(proposal.id()).clientSecret());
  }

  @Test
  void aDiscoveryDocumentNamingAnotherIssuerIsRefused() {
    String issuer = "https://" + unique("op") + ".example";
    MetadataRefused refused =
        assertThrows(
            MetadataRefused.class,
            () ->
                proposeOidc(
                    URI.create(issuer), discovery("https://evil.example", issuer), unique("org")));
    assertTrue(refused.problems().get(0).contains("not the issuer asked for"));
    assertTrue(repository.onboardings.isEmpty());
  }

  @Test
  void endpointsMustBeHttpsUnlessOnAnAllowedHost() {
    String issuer = "https://" + unique("op") + ".example";
    MetadataRefused refused =
        assertThrows(
            MetadataRefused.class,
            () ->
                proposeOidc(
                    URI.create(issuer), discovery(issuer, "http://op.example"), unique("org")));
    assertEquals(4, refused.problems().size(), refused.problems().toString());
    assertThrows(
        MetadataRefused.class,
        () ->
            proposeOidc(
                URI.create("http://op.example"),
                discovery("http://op.example", "https://op.example"),
                unique("org")));
    assertTrue(repository.onboardings.isEmpty());

    String local = "http://127.0.0.1:8180/realms/partner";
    Onboarding allowed = proposeOidc(URI.create(local), discovery(local, local), unique("org"));
    assertEquals(Optional.of(local), allowed.issuer());
  }

  @Test
  void anUnreadableDiscoveryDocumentIsRefused() {
    MetadataRefused refused =
        assertThrows(
            MetadataRefused.class,
            () -> proposeOidc(URI.create("https://gone.example"), null, unique("org")));
    assertFalse(refused.problems().isEmpty());
    assertEquals(
        List.of(URI.create("https://gone.example/.well-known/openid-configuration")),
        documents.read);
    assertThrows(
        MetadataRefused.class,
        () -> proposeOidc(URI.create("https://op.example"), "not json".getBytes(), unique("org")));
  }
}
