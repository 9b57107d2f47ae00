package org.scrmportal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.scrmportal.organization.OrganizationClaims;
import org.scrmportal.organization.OrganizationGroups;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.OrganizationType;
import org.scrmportal.organization.Tier;

/**
 * The operators' groups of the Keycloak realm, read through {@link RealmAdmin}: the only word that
 * lets an organization seen for the first time start above T0. A group that names another
 * organization or holds an unknown type, tier or country counts as no group; so does a realm that
 * cannot be asked (the organization is then registered at T0, and the operators vet it).
 */
@ApplicationScoped
public class RealmOrganizationGroups implements OrganizationGroups {

  private static final Logger LOG = Logger.getLogger(RealmOrganizationGroups.class.getName());

  @Inject RealmAdmin realm;

  @Override
  public Optional<OrganizationClaims> find(OrganizationId id) {
    Optional<RealmAdmin.OrganizationGroup> group;
    try {
      group = realm.organizationGroup(id.value());
    } catch (RuntimeException unreachable) {
      // RealmAdminException, or whatever a client library lets through: fail towards T0
      LOG.log(
          Level.WARNING,
          "Could not read the realm group of organization {0}: first sight registers it at T0 ({1})",
          new Object[] {id, unreachable.toString()});
      return Optional.empty();
    }
    return group.filter(g -> g.orgId().equals(id.value())).flatMap(g -> claims(id, g));
  }

  private static Optional<OrganizationClaims> claims(
      OrganizationId id, RealmAdmin.OrganizationGroup group) {
    try {
      return Optional.of(
          new OrganizationClaims(
              id,
              group.name(),
              OrganizationType.fromClaim(group.type()),
              Tier.fromClaim(group.tier()),
              group.sector(),
              group.country()));
    } catch (IllegalArgumentException malformed) {
      LOG.log(
          Level.WARNING,
          "The realm group of organization {0} is malformed ({1}): first sight registers it at T0",
          new Object[] {id, malformed.getMessage()});
      return Optional.empty();
    }
  }
}
