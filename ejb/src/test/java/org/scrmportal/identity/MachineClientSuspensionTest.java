package org.scrmportal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.OrganizationSuspended;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.Roles;

/**
 * Suspension disables the organization's machine clients in Keycloak, reinstatement enables them;
 * other organizations' and revoked clients are left alone; Keycloak refusing fails the approval.
 */
class MachineClientSuspensionTest {

  private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

  private final InMemoryMachineClients repository = new InMemoryMachineClients();
  private final FakeRealmAdmin realm = new FakeRealmAdmin();
  private final MachineClientSuspension observer = new MachineClientSuspension();
  private final OrganizationId acme = new OrganizationId("acme-components");
  private final OrganizationId northgrid = new OrganizationId("northgrid-energy");

  {
    observer.clients = repository;
    observer.realm = realm;
  }

  private MachineClient client(OrganizationId org, String name) {
    MachineClient client =
        new MachineClient(org, name, Set.of(Roles.CONSUMER), "admin", "sub-admin", NOW);
    repository.store(client);
    realm.createMachineClient(client.clientId(), name, org.value(), client.roles());
    return client;
  }

  private boolean enabled(MachineClient client) {
    return realm.clients.get(client.clientId()).enabled;
  }

  @Test
  void suspensionDisablesTheOrganizationsClientsAndReinstatementEnablesThem() {
    MachineClient poller = client(acme, "poller");
    MachineClient feed = client(acme, "feed");
    MachineClient other = client(northgrid, "poller");

    observer.onSuspension(new OrganizationSuspended(acme, true));

    assertFalse(enabled(poller));
    assertFalse(enabled(feed));
    assertTrue(enabled(other), "another organization's client is untouched");

    observer.onSuspension(new OrganizationSuspended(acme, false));

    assertTrue(enabled(poller));
    assertTrue(enabled(feed));
    assertTrue(enabled(other));
  }

  @Test
  void aRevokedClientIsNeitherDisabledNorBroughtBack() {
    MachineClient revoked = client(acme, "old");
    revoked.revoke("admin", NOW);
    realm.deleteClient(revoked.clientId());
    MachineClient live = client(acme, "live");
    int before = realm.calls;

    observer.onSuspension(new OrganizationSuspended(acme, true));
    observer.onSuspension(new OrganizationSuspended(acme, false));

    assertFalse(realm.clients.containsKey(revoked.clientId()), "not re-created");
    assertTrue(enabled(live));
    assertEquals(before + 2, realm.calls, "only the live client was touched, twice");
  }

  @Test
  void keycloakRefusingFailsTheSuspensionSoThatTheApprovalRollsBack() {
    client(acme, "poller");
    realm.down = true;

    DomainException refused =
        assertThrows(
            DomainException.class,
            () -> observer.onSuspension(new OrganizationSuspended(acme, true)));

    assertEquals(DomainException.Kind.UNAVAILABLE, refused.kind());
    assertTrue(
        DomainException.class.getAnnotation(jakarta.ejb.ApplicationException.class).rollback());
  }
}
