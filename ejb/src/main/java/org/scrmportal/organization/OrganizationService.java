package org.scrmportal.organization;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.scrmportal.identity.Roles;

/** Organizations: just-in-time registration from tokens, and the operators' list. */
@Stateless
@PermitAll
public class OrganizationService {

  @Inject
  OrganizationRepository organizations;

  @Inject
  Clock clock;

  /**
   * Registers the organization a valid token names, the first time it is seen; later tokens change
   * nothing (vetting, not the identity provider, decides an organization's standing).
   *
   * @return whether the organization was new
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean recordSeen(OrganizationClaims claims) {
    if (organizations.find(claims.id()).isPresent()) {
      return false;
    }
    organizations.store(Organization.firstSeen(claims, clock.instant()));
    return true;
  }

  @RolesAllowed(Roles.OPERATOR)
  public List<Organization> list() {
    return organizations.findAll();
  }
}
