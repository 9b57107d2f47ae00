package org.scrmportal.identity;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrmportal.organization.OrganizationId;

/** The machine-client repository's contract in memory; counts the revocation lookups. */
final class InMemoryMachineClients implements MachineClientRepository {

  final Map<String, MachineClient> byId = new LinkedHashMap<>();
  int revocationLookups;

  @Override
  public Optional<MachineClient> find(String clientId) {
    return Optional.ofNullable(byId.get(clientId));
  }

  @Override
  public boolean isRevoked(String clientId) {
    revocationLookups++;
    return find(clientId).map(MachineClient::isRevoked).orElse(false);
  }

  @Override
  public long countActive(OrganizationId organization) {
    return findByOrganization(organization).stream().filter(c -> !c.isRevoked()).count();
  }

  @Override
  public List<MachineClient> findByOrganization(OrganizationId organization) {
    return byId.values().stream().filter(c -> c.organization().equals(organization)).toList();
  }

  @Override
  public List<MachineClient> findAll() {
    return byId.values().stream()
        .sorted(Comparator.comparing((MachineClient c) -> c.organization().value()))
        .toList();
  }

  @Override
  public void store(MachineClient client) {
    if (byId.putIfAbsent(client.clientId(), client) != null) {
      throw new IllegalStateException("duplicate client id " + client.clientId());
    }
  }
}
