package org.scrmportal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scrmportal.organization.OrganizationClaims;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.OrganizationService;
import org.scrmportal.platform.Roles;

/**
 * A revoked machine client's token is refused at its next request, though it is still within its
 * lifetime; other machine clients and people sign in as before, people without the lookup.
 */
class SignInServiceTest {

  private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

  private final InMemoryMachineClients machineClients = new InMemoryMachineClients();
  private final List<OrganizationClaims> registered = new ArrayList<>();
  private final List<PortalPrincipal> peopleSeen = new ArrayList<>();
  private final SignInService signIn = new SignInService();
  private final OrganizationId acme = new OrganizationId("acme-components");

  {
    signIn.current = new CurrentPrincipal();
    signIn.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    signIn.machineClients = machineClients;
    signIn.organizations =
        new OrganizationService() {
          @Override
          public boolean recordSeen(OrganizationClaims claims) {
            registered.add(claims);
            return true;
          }
        };
    signIn.people =
        new People() {
          @Override
          public void recordSeen(PortalPrincipal principal, Instant at) {
            peopleSeen.add(principal);
          }
        };
  }

  private static Map<String, Object> claims(String username) {
    Map<String, Object> claims = new HashMap<>();
    claims.put("sub", "sub-" + username);
    claims.put("preferred_username", username);
    claims.put("org_id", "acme-components");
    claims.put("org_type", "company");
    claims.put("org_tier", "T1");
    claims.put("country", "DE");
    claims.put("realm_access", Map.of("roles", List.of("consumer")));
    return claims;
  }

  private static Map<String, Object> machine(String clientId) {
    Map<String, Object> claims = claims("service-account-" + clientId);
    claims.put("client_id", clientId);
    claims.put("azp", clientId);
    return claims;
  }

  private MachineClient registered(String name) {
    MachineClient client =
        new MachineClient(acme, name, Set.of(Roles.CONSUMER), "admin", "sub-admin", NOW);
    machineClients.store(client);
    return client;
  }

  private CurrentPrincipal current() {
    return signIn.current;
  }

  @Test
  void aRevokedClientsTokenIsRefusedAtItsNextRequest() {
    MachineClient poller = registered("poller");
    assertTrue(signIn.signIn(machine("acme-components-poller")).isServiceAccount());

    poller.revoke("admin", NOW);
    signIn.current = new CurrentPrincipal(); // the next request

    InvalidClaimsException refused =
        assertThrows(
            InvalidClaimsException.class, () -> signIn.signIn(machine("acme-components-poller")));
    assertTrue(refused.getMessage().contains("acme-components-poller"), refused::getMessage);
    assertTrue(current().principal().isAnonymous(), "the refused token established no one");
  }

  @Test
  void aRevokedClientIsRecognisedByItsServiceAccountUserNameToo() {
    registered("poller").revoke("admin", NOW);
    Map<String, Object> claims = machine("acme-components-poller");
    claims.remove("client_id");

    assertThrows(InvalidClaimsException.class, () -> signIn.signIn(claims));
  }

  @Test
  void activeAndRealmDefinedMachineClientsSignInWithOneLookupEach() {
    registered("poller");
    registered("other").revoke("admin", NOW);

    assertEquals(
        "service-account-acme-components-poller",
        signIn.signIn(machine("acme-components-poller")).username());
    assertEquals(
        "service-account-acme-components-machine",
        signIn.signIn(machine("acme-components-machine")).username(),
        "a client the realm defines, unknown to the portal's record, is not revoked");
    assertEquals(2, machineClients.revocationLookups);
    assertEquals(List.of(), peopleSeen, "machine clients are never people");
  }

  @Test
  void peopleSignInWithoutTheLookupEvenWithARevokedClientsName() {
    registered("alice").revoke("admin", NOW);

    PortalPrincipal alice = signIn.signIn(claims("alice"));

    assertEquals("alice", alice.username());
    assertEquals(0, machineClients.revocationLookups, "the per-person path is unchanged");
    assertEquals(List.of(alice), peopleSeen);
    assertEquals(1, registered.size());
  }
}
