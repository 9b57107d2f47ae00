package org.scrmportal.identity.federation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where federations and their listings are kept. */
public interface FederationRepository {

  Optional<Federation> find(String id);

  Optional<Federation> findByName(String name);

  /** All federations, by name. */
  List<Federation> findAll();

  /** The ids of federations read from a URL whose next refresh is due at {@code now}. */
  List<String> dueForRefresh(Instant now);

  void store(Federation federation);

  /** The federation's current listing, by entity id. */
  List<ListedIdentityProvider> listing(String federationId);

  Optional<ListedIdentityProvider> listed(String federationId, String entityId);

  /** Replaces the federation's listing wholesale. */
  void replaceListing(String federationId, List<ListedIdentityProvider> listing);
}
