package org.scrmportal.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.scrmportal.organization.InMemoryOrganizations;
import org.scrmportal.organization.Organization;
import org.scrmportal.organization.OrganizationClaims;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.OrganizationType;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.Roles;

/**
 * Machine clients: org admins (people) of a member organization that is not suspended register
 * {@code <orgId>-<name>} clients with consumer/submitter roles, get the secret once, rotate and
 * revoke; the portal never keeps a secret; operators list and revoke any; another organization's
 * client reads like one that does not exist.
 */
class MachineClientsTest {

  private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
  private static final Instant LATER = Instant.parse("2026-03-02T09:00:00Z");

  private final InMemoryOrganizations organizations = new InMemoryOrganizations();
  private final InMemoryMachineClients repository = new InMemoryMachineClients();
  private final FakeRealmAdmin realm = new FakeRealmAdmin();
  private final MachineClients service = new MachineClients();
  private final Organization acme = organization("acme-components", Tier.T1);
  private final Organization northgrid = organization("northgrid-energy", Tier.T2);

  {
    service.clients = repository;
    service.organizations = organizations;
    service.realm = realm;
    service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    as(orgAdmin(acme));
  }

  private Organization organization(String id, Tier tier) {
    Organization org =
        Organization.admitted(
            new OrganizationClaims(
                new OrganizationId(id),
                "Name of " + id,
                OrganizationType.COMPANY,
                tier,
                null,
                "DE"),
            NOW);
    organizations.store(org);
    return org;
  }

  private static OrganizationClaims claims(Organization org) {
    return new OrganizationClaims(
        org.id(), org.name(), org.type(), org.tier(), org.sector(), org.country());
  }

  private static PortalPrincipal orgAdmin(Organization org) {
    return new PortalPrincipal(
        "sub-admin-" + org.id(),
        "admin-of-" + org.id(),
        "Admin",
        false,
        claims(org),
        Set.of(Roles.ORG_ADMIN, Roles.CONSUMER));
  }

  private static PortalPrincipal operator() {
    return new PortalPrincipal(
        "sub-olivia", "olivia", "Olivia", false, null, Set.of(Roles.OPERATOR, Roles.CONSUMER));
  }

  private void as(PortalPrincipal principal) {
    service.principal = principal;
  }

  private static DomainException.Kind refusal(Executable call) {
    return assertThrows(DomainException.class, call).kind();
  }

  @Test
  void aClientIsNamedAfterItsOrganizationAndRegisteredInItsRealmGroup() {
    MachineClients.Issued issued = service.register("poller", Set.of(Roles.CONSUMER));

    MachineClient client = issued.client();
    assertEquals("acme-components-poller", client.clientId());
    assertEquals(acme.id(), client.organization());
    assertEquals("poller", client.name());
    assertEquals(Set.of(Roles.CONSUMER), client.roles());
    assertEquals("admin-of-acme-components", client.createdBy());
    assertEquals("sub-admin-acme-components", client.createdBySubject());
    assertEquals(NOW, client.createdAt());
    assertFalse(client.isRevoked());
    FakeRealmAdmin.Client inRealm = realm.clients.get("acme-components-poller");
    assertEquals("acme-components", inRealm.orgId, "service account in the organization's group");
    assertEquals(Set.of(Roles.CONSUMER), inRealm.roles);
    assertTrue(inRealm.enabled);
    assertEquals(inRealm.secret, issued.secret(), "the secret Keycloak issued, shown once");
    assertEquals(List.of(client), service.mine());
  }

  @Test
  void theSecretIsNeverKeptByThePortal() throws IllegalAccessException {
    MachineClients.Issued issued = service.register("no-secret-kept", Set.of());
    MachineClient stored = repository.find(issued.client().clientId()).orElseThrow();
    assertNotNull(issued.secret());
    for (Field field : MachineClient.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      field.setAccessible(true);
      Object value = field.get(stored);
      assertFalse(
          value != null && value.toString().contains(issued.secret()),
          "field " + field.getName() + " holds the secret");
    }
    assertFalse(issued.toString().contains(issued.secret()), "not even in a log line");
  }

  @Test
  void rolesAreConsumerBySubmitterOrBothAndNothingElse() {
    assertEquals(Set.of(Roles.CONSUMER), service.register("default-role", null).client().roles());
    assertEquals(
        Set.of(Roles.CONSUMER, Roles.SUBMITTER),
        service.register("both-roles", Set.of(Roles.SUBMITTER, Roles.CONSUMER)).client().roles());
    assertEquals(
        Set.of(Roles.SUBMITTER),
        service.register("submit-only", Set.of(Roles.SUBMITTER)).client().roles());
    assertEquals(Set.of(Roles.SUBMITTER), realm.clients.get("acme-components-submit-only").roles);
    for (String role :
        List.of(Roles.ORG_ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.STANDARDS_EDITOR, "admin")) {
      assertEquals(
          DomainException.Kind.INVALID,
          refusal(() -> service.register("too-much-" + role, Set.of(Roles.CONSUMER, role))),
          role);
      assertFalse(realm.clients.containsKey("acme-components-too-much-" + role));
      assertFalse(repository.find("acme-components-too-much-" + role).isPresent());
    }
  }

  @Test
  void namesAreThreeToFortyLowerCaseLettersDigitsOrDashes() {
    for (String bad :
        Arrays.asList(
            null, "", "ab", "Poller", "poll_er", "poll er", "pöller", "../x", "a".repeat(41))) {
      assertEquals(
          DomainException.Kind.INVALID, refusal(() -> service.register(bad, null)), "" + bad);
    }
    assertTrue(realm.clients.isEmpty());
    assertEquals(
        "acme-components-" + "a".repeat(40),
        service.register("a".repeat(40), null).client().clientId());
    assertEquals("acme-components-x-1", service.register("x-1", null).client().clientId());
  }

  @Test
  void aNameIsNeverGivenOutTwiceNotEvenAfterRevocation() {
    service.register("poller", null);
    assertEquals(DomainException.Kind.CONFLICT, refusal(() -> service.register("poller", null)));

    service.revoke("acme-components-poller");
    assertEquals(DomainException.Kind.CONFLICT, refusal(() -> service.register("poller", null)));
    assertFalse(realm.clients.containsKey("acme-components-poller"));
  }

  @Test
  void theRealmsOwnClientNameIsReserved() {
    realm.createMachineClient(
        "acme-components-machine", "realm file", "acme-components", Set.of(Roles.CONSUMER));

    assertEquals(DomainException.Kind.CONFLICT, refusal(() -> service.register("machine", null)));
    assertTrue(repository.byId.isEmpty());
  }

  @Test
  void aClientIdThatWouldReadAsAnotherOrganizationsIsRefused() {
    organization("acme", Tier.T1);
    as(orgAdmin(organizations.find(new OrganizationId("acme")).orElseThrow()));

    assertEquals(
        DomainException.Kind.CONFLICT, refusal(() -> service.register("components-poller", null)));
    assertFalse(realm.clients.containsKey("acme-components-poller"));
    assertEquals("acme-other-poller", service.register("other-poller", null).client().clientId());
  }

  @Test
  void anOrganizationHoldsAtMostTenClientsThatAreNotRevoked() {
    for (int i = 0; i < MachineClients.MAX_ACTIVE_PER_ORGANIZATION; i++) {
      service.register("poller-" + i, null);
    }
    assertEquals(DomainException.Kind.CONFLICT, refusal(() -> service.register("one-more", null)));

    service.revoke("acme-components-poller-0");
    assertEquals(
        "acme-components-one-more", service.register("one-more", null).client().clientId());
    as(orgAdmin(northgrid));
    assertEquals(
        "northgrid-energy-poller-0", service.register("poller-0", null).client().clientId());
  }

  @Test
  void aMachineClientMayNotRegisterRotateOrRevokeWhateverItsRoles() {
    service.register("poller", null);
    as(
        new PortalPrincipal(
            "sub-machine",
            "service-account-acme-components-machine",
            "machine",
            true,
            claims(acme),
            Set.of(Roles.ORG_ADMIN, Roles.OPERATOR, Roles.CONSUMER)));

    assertEquals(DomainException.Kind.FORBIDDEN, refusal(() -> service.register("mine", null)));
    assertEquals(
        DomainException.Kind.FORBIDDEN, refusal(() -> service.rotate("acme-components-poller")));
    assertEquals(
        DomainException.Kind.FORBIDDEN, refusal(() -> service.revoke("acme-components-poller")));
    assertEquals(1, realm.clients.size());
    assertFalse(repository.find("acme-components-poller").orElseThrow().isRevoked());
  }

  @Test
  void onlyOrgAdminsRegisterAndRotateInCodeAsInTheContainersRoleCheck()
      throws NoSuchMethodException {
    as(
        new PortalPrincipal(
            "sub-alice", "alice", "Alice", false, claims(acme), Set.of(Roles.CONSUMER)));
    assertEquals(DomainException.Kind.FORBIDDEN, refusal(() -> service.register("poller", null)));
    as(operator());
    assertEquals(DomainException.Kind.FORBIDDEN, refusal(() -> service.register("poller", null)));
    assertTrue(realm.clients.isEmpty());

    assertArrayEquals(
        new String[] {Roles.ORG_ADMIN},
        MachineClients.class
            .getMethod("register", String.class, Set.class)
            .getAnnotation(RolesAllowed.class)
            .value());
    assertArrayEquals(
        new String[] {Roles.ORG_ADMIN},
        MachineClients.class
            .getMethod("rotate", String.class)
            .getAnnotation(RolesAllowed.class)
            .value());
    assertEquals(
        Set.of(Roles.ORG_ADMIN, Roles.OPERATOR),
        Set.of(
            MachineClients.class
                .getMethod("revoke", String.class)
                .getAnnotation(RolesAllowed.class)
                .value()));
  }

  @Test
  void anOrgAdminWithoutAMemberOrganizationIsRefused() {
    as(
        new PortalPrincipal(
            "sub-x",
            "x",
            "X",
            false,
            new OrganizationClaims(
                new OrganizationId("never-seen"),
                "Never",
                OrganizationType.COMPANY,
                Tier.T3,
                null,
                "DE"),
            Set.of(Roles.ORG_ADMIN)));
    assertEquals(DomainException.Kind.NOT_FOUND, refusal(() -> service.register("poller", null)));
    assertTrue(realm.clients.isEmpty());
  }

  @Test
  void aSuspendedOrganizationRegistersAndRotatesNothingButMayRevoke() {
    service.register("poller", null);
    service.register("spare", null);
    InMemoryOrganizations.suspend(acme);

    assertEquals(DomainException.Kind.FORBIDDEN, refusal(() -> service.register("new-one", null)));
    assertEquals(
        DomainException.Kind.FORBIDDEN, refusal(() -> service.rotate("acme-components-poller")));
    assertFalse(realm.clients.containsKey("acme-components-new-one"));
    service.revoke("acme-components-spare");
    assertTrue(repository.find("acme-components-spare").orElseThrow().isRevoked());
  }

  @Test
  void rotationIssuesANewSecretAndTheOldOneStopsWorking() {
    MachineClients.Issued first = service.register("poller", null);
    service.clock = Clock.fixed(LATER, ZoneOffset.UTC);

    MachineClients.Issued second = service.rotate("acme-components-poller");

    assertNotEquals(first.secret(), second.secret());
    assertEquals(second.secret(), realm.clients.get("acme-components-poller").secret);
    assertEquals(Optional.of(LATER), second.client().rotatedAt());
    assertEquals("acme-components-poller", second.client().clientId());
  }

  @Test
  void anotherOrganizationsClientReadsLikeOneThatDoesNotExist() {
    service.register("poller", null);
    as(orgAdmin(northgrid));

    DomainException rotate =
        assertThrows(DomainException.class, () -> service.rotate("acme-components-poller"));
    DomainException rotateNothing =
        assertThrows(DomainException.class, () -> service.rotate("acme-components-nothing"));
    DomainException revoke =
        assertThrows(DomainException.class, () -> service.revoke("acme-components-poller"));
    DomainException revokeNothing =
        assertThrows(DomainException.class, () -> service.revoke("acme-components-nothing"));

    assertEquals(DomainException.Kind.NOT_FOUND, rotate.kind());
    assertEquals(DomainException.Kind.NOT_FOUND, revoke.kind());
    assertEquals(
        rotateNothing.getMessage().replace("nothing", "poller"), rotate.getMessage(), "same words");
    assertEquals(revokeNothing.getMessage().replace("nothing", "poller"), revoke.getMessage());
    assertEquals(List.of(), service.mine(), "northgrid lists only its own");
    assertTrue(realm.clients.containsKey("acme-components-poller"));
    assertFalse(repository.find("acme-components-poller").orElseThrow().isRevoked());
  }

  @Test
  void revocationDeletesTheClientInKeycloakAndIsFinal() {
    service.register("poller", null);
    service.clock = Clock.fixed(LATER, ZoneOffset.UTC);

    service.revoke("acme-components-poller");

    MachineClient revoked = repository.find("acme-components-poller").orElseThrow();
    assertTrue(revoked.isRevoked());
    assertEquals(Optional.of(LATER), revoked.revokedAt());
    assertEquals(Optional.of("admin-of-acme-components"), revoked.revokedBy());
    assertFalse(realm.clients.containsKey("acme-components-poller"));
    assertTrue(repository.isRevoked("acme-components-poller"));
    assertEquals(
        DomainException.Kind.CONFLICT, refusal(() -> service.revoke("acme-components-poller")));
    assertEquals(
        DomainException.Kind.NOT_FOUND, refusal(() -> service.rotate("acme-components-poller")));
    assertEquals(List.of(revoked), service.mine(), "a revoked client stays listed");
  }

  @Test
  void operatorsListEveryOrganizationsClientsAndRevokeAny() {
    service.register("poller", null);
    as(orgAdmin(northgrid));
    service.register("feed", Set.of(Roles.SUBMITTER));
    as(operator());

    assertEquals(
        Set.of("acme-components-poller", "northgrid-energy-feed"),
        service.mine().stream()
            .map(MachineClient::clientId)
            .collect(java.util.stream.Collectors.toSet()));
    service.revoke("northgrid-energy-feed");

    assertTrue(repository.find("northgrid-energy-feed").orElseThrow().isRevoked());
    assertEquals(
        Optional.of("olivia"), repository.find("northgrid-energy-feed").orElseThrow().revokedBy());
    assertFalse(realm.clients.containsKey("northgrid-energy-feed"));
    assertEquals(
        DomainException.Kind.FORBIDDEN,
        refusal(() -> service.rotate("acme-components-poller")),
        "operators revoke; rotating is the organization's business");
  }

  @Test
  void keycloakDownChangesNothingAndSaysSo() {
    service.register("poller", null);
    realm.down = true;

    assertEquals(DomainException.Kind.UNAVAILABLE, refusal(() -> service.register("other", null)));
    assertEquals(
        DomainException.Kind.UNAVAILABLE, refusal(() -> service.rotate("acme-components-poller")));
    assertEquals(
        DomainException.Kind.UNAVAILABLE, refusal(() -> service.revoke("acme-components-poller")));
    // in the container the DomainException rolls the transaction back (the rows above with it)
    assertTrue(
        DomainException.class.getAnnotation(jakarta.ejb.ApplicationException.class).rollback());
    assertTrue(realm.clients.containsKey("acme-components-poller"));
  }
}
