package org.scrmportal.organization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The organization repository's contract in memory, for tests of the services. */
public final class InMemoryOrganizations implements OrganizationRepository {

  private final Map<OrganizationId, Organization> byId = new LinkedHashMap<>();

  @Override
  public Optional<Organization> find(OrganizationId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public List<Organization> findAll() {
    return new ArrayList<>(byId.values());
  }

  @Override
  public void store(Organization organization) {
    if (byId.putIfAbsent(organization.id(), organization) != null) {
      throw new IllegalStateException("duplicate organization " + organization.id());
    }
  }

  /** Suspends a stored organization, as an approved vetting proposal does. */
  public static void suspend(Organization organization) {
    organization.suspend();
  }
}
