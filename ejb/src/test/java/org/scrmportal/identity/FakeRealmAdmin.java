package org.scrmportal.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A Keycloak realm in memory, for tests of what the portal asks of it: groups and machine clients
 * (identity providers are not this package's business). {@link #down} makes every call fail as an
 * unreachable Keycloak does.
 */
class FakeRealmAdmin implements RealmAdmin {

  /** A machine client as the realm holds it. */
  static final class Client {
    final String orgId;
    final String displayName;
    final Set<String> roles;
    String secret;
    boolean enabled = true;

    Client(String orgId, String displayName, Set<String> roles, String secret) {
      this.orgId = orgId;
      this.displayName = displayName;
      this.roles = Set.copyOf(roles);
      this.secret = secret;
    }
  }

  final Map<String, OrganizationGroup> groups = new LinkedHashMap<>();
  final Map<String, Client> clients = new LinkedHashMap<>();
  boolean down;
  int calls;

  private void reach() {
    calls++;
    if (down) {
      throw new RealmAdminException("Connection refused (fake)");
    }
  }

  private static String newSecret() {
    return "secret-" + UUID.randomUUID();
  }

  @Override
  public void putOrganizationGroup(OrganizationGroup group) {
    reach();
    groups.put(group.orgId(), group);
  }

  @Override
  public Optional<OrganizationGroup> organizationGroup(String orgId) {
    reach();
    return Optional.ofNullable(groups.get(orgId));
  }

  @Override
  public void createSamlProvider(SamlProvider provider) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void createOidcProvider(OidcProvider provider) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean identityProviderExists(String alias) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void setIdentityProviderEnabled(String alias, boolean enabled) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void endSessions(String orgId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public IssuedSecret createMachineClient(
      String clientId, String displayName, String orgId, Set<String> roles) {
    reach();
    if (clients.containsKey(clientId)) {
      throw new RealmAdminException("Client " + clientId + " exists (fake)");
    }
    Client client = new Client(orgId, displayName, roles, newSecret());
    clients.put(clientId, client);
    return new IssuedSecret(clientId, client.secret);
  }

  @Override
  public IssuedSecret rotateSecret(String clientId) {
    reach();
    Client client = existing(clientId);
    client.secret = newSecret();
    return new IssuedSecret(clientId, client.secret);
  }

  @Override
  public void setClientEnabled(String clientId, boolean enabled) {
    reach();
    existing(clientId).enabled = enabled;
  }

  @Override
  public void deleteClient(String clientId) {
    reach();
    existing(clientId);
    clients.remove(clientId);
  }

  private Client existing(String clientId) {
    Client client = clients.get(clientId);
    if (client == null) {
      throw new RealmAdminException("No client " + clientId + " (fake)");
    }
    return client;
  }
}
