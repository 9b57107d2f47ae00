package org.scrmportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scrmportal.identity.RealmAdmin;
import org.scrmportal.it.support.Deployments;
import org.scrmportal.organization.Organization;
import org.scrmportal.organization.OrganizationClaims;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.OrganizationRepository;
import org.scrmportal.organization.OrganizationService;
import org.scrmportal.organization.OrganizationType;
import org.scrmportal.organization.Tier;

/**
 * In the server: just-in-time registration against the real database and the real Keycloak realm
 * (first sight at T0 unless the realm holds an operator's group), and the role on listing.
 */
@ExtendWith(ArquillianExtension.class)
class OrganizationServiceIT {

  @Deployment
  static EnterpriseArchive portal() {
    return Deployments.servicesWith(OrganizationServiceIT.class);
  }

  @Inject OrganizationService organizations;

  @Inject OrganizationRepository repository;

  @Inject RealmAdmin realm;

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

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
  void anOrganizationWithoutAnOperatorsGroupStartsAtT0WhateverItsTokenClaims() {
    OrganizationId id = new OrganizationId(unique("it-claims-t3"));

    assertTrue(
        organizations.recordSeen(
            new OrganizationClaims(
                id, "Claims T3", OrganizationType.AGENCY, Tier.T3, "government", "FR")));

    Organization org = repository.find(id).orElseThrow();
    assertEquals(Tier.T0, org.tier(), "the realm holds no group for it: T0");
    assertEquals("Claims T3", org.name());
    assertEquals(OrganizationType.AGENCY, org.type());
    assertEquals("FR", org.country());
  }

  @Test
  void anOperatorsRealmGroupDecidesTheFirstSightOfItsOrganization() {
    OrganizationId id = new OrganizationId(unique("it-grouped"));
    realm.putOrganizationGroup(
        new RealmAdmin.OrganizationGroup(
            id.value(), "Grouped Energy B.V.", "company", "T2", "energy", "NL"));

    assertTrue(
        organizations.recordSeen(
            new OrganizationClaims(
                id, "Spoofed", OrganizationType.AGENCY, Tier.T3, "government", "FR")));

    Organization org = repository.find(id).orElseThrow();
    assertEquals(Tier.T2, org.tier());
    assertEquals("Grouped Energy B.V.", org.name());
    assertEquals(OrganizationType.COMPANY, org.type());
    assertEquals("energy", org.sector());
    assertEquals("NL", org.country());
  }

  @Test
  void listingOrganizationsTakesTheOperatorRole() {
    assertThrows(EJBAccessException.class, () -> organizations.list());
  }
}
