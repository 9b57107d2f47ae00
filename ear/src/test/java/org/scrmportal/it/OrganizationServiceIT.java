package org.scrmportal.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scrmportal.it.support.Deployments;
import org.scrmportal.organization.OrganizationClaims;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.OrganizationService;
import org.scrmportal.organization.OrganizationType;
import org.scrmportal.organization.Tier;

/** In the server: just-in-time registration against the real database, and the role on listing. */
@ExtendWith(ArquillianExtension.class)
class OrganizationServiceIT {

  @Deployment
  static EnterpriseArchive portal() {
    return Deployments.servicesWith(OrganizationServiceIT.class);
  }

  @Inject OrganizationService organizations;

  @Test
  void anOrganizationIsRegisteredOnlyOnce() {
    OrganizationClaims first =
        new OrganizationClaims(
            new OrganizationId("it-registered-once"),
            "Registered Once Ltd",
            OrganizationType.COMPANY,
            Tier.T1,
            "energy",
            "IE");
    OrganizationClaims later =
        new OrganizationClaims(
            first.id(), "Renamed Ltd", OrganizationType.AGENCY, Tier.T3, "government", "IE");

    assertTrue(organizations.recordSeen(first), "new on first sight");
    assertFalse(organizations.recordSeen(first), "known on second sight");
    assertFalse(
        organizations.recordSeen(later), "a later token does not change a known organization");
  }

  @Test
  void listingOrganizationsTakesTheOperatorRole() {
    assertThrows(EJBAccessException.class, () -> organizations.list());
  }
}
