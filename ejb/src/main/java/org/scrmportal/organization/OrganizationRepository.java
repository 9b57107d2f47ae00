package org.scrmportal.organization;

import java.util.List;
import java.util.Optional;

/** Where organizations are kept. */
public interface OrganizationRepository {

  Optional<Organization> find(OrganizationId id);

  /** All organizations, ordered by name. */
  List<Organization> findAll();

  void store(Organization organization);
}
