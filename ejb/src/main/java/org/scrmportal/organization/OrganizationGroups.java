package org.scrmportal.organization;

import java.util.Optional;

/**
 * What the operators configured for an organization where the sign-in tokens come from (its group
 * in the Keycloak realm): declared here, implemented by the identity package, so that organization
 * does not depend on identity. Only this, never a token's own claims, lets an organization seen for
 * the first time start above T0.
 */
public interface OrganizationGroups {

  /**
   * The organization {@code id} as an operator's group describes it (its name, type, tier, sector
   * and country); empty when there is no such group, when the group names another organization or
   * is malformed, and when the realm cannot be asked (Keycloak unreachable): first sight then
   * registers the organization at {@link Tier#T0}.
   */
  Optional<OrganizationClaims> find(OrganizationId id);
}
