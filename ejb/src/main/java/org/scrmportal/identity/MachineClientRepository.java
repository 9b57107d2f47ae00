package org.scrmportal.identity;

import java.util.List;
import java.util.Optional;
import org.scrmportal.organization.OrganizationId;

/** Where the portal's record of machine clients is kept. */
public interface MachineClientRepository {

  Optional<MachineClient> find(String clientId);

  /**
   * Whether {@code clientId} names a machine client that was revoked: one lookup by primary key,
   * made for every request of a machine client.
   */
  boolean isRevoked(String clientId);

  /** How many of the organization's clients are not revoked. */
  long countActive(OrganizationId organization);

  /** The organization's clients, revoked ones included, oldest first. */
  List<MachineClient> findByOrganization(OrganizationId organization);

  /** Every client, revoked ones included, by organization and then oldest first. */
  List<MachineClient> findAll();

  /** Stores a new client at once (a duplicate client id fails here, before Keycloak is asked). */
  void store(MachineClient client);
}
