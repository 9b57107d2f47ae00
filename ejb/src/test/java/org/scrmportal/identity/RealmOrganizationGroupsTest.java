package org.scrmportal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scrmportal.organization.OrganizationClaims;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.OrganizationType;
import org.scrmportal.organization.Tier;

/**
 * The operators' word at first sight comes from the realm group only: a group of the same org_id
 * with valid attributes; anything else, Keycloak unreachable included, is no word (T0).
 */
class RealmOrganizationGroupsTest {

  private final FakeRealmAdmin realm = new FakeRealmAdmin();
  private final RealmOrganizationGroups groups = new RealmOrganizationGroups();
  private final OrganizationId ncsa = new OrganizationId("ncsa");

  {
    groups.realm = realm;
  }

  @Test
  void anOperatorsGroupGivesItsNameTypeTierSectorAndCountry() {
    realm.groups.put(
        "ncsa",
        new RealmAdmin.OrganizationGroup(
            "ncsa", "National Cyber Security Agency", "agency", "T3", "government", "DE"));

    assertEquals(
        Optional.of(
            new OrganizationClaims(
                ncsa,
                "National Cyber Security Agency",
                OrganizationType.AGENCY,
                Tier.T3,
                "government",
                "DE")),
        groups.find(ncsa));
  }

  @Test
  void noGroupIsNoWord() {
    assertTrue(groups.find(ncsa).isEmpty());
    assertEquals(1, realm.calls, "the realm was asked");
  }

  @Test
  void keycloakUnreachableIsNoWord() {
    realm.groups.put(
        "ncsa", new RealmAdmin.OrganizationGroup("ncsa", "NCSA", "agency", "T3", null, "DE"));
    realm.down = true;

    assertTrue(groups.find(ncsa).isEmpty());
  }

  @Test
  void anyFailureOfTheClientLibraryIsNoWordEither() {
    groups.realm =
        new FakeRealmAdmin() {
          @Override
          public Optional<OrganizationGroup> organizationGroup(String orgId) {
            throw new IllegalStateException("RESTEASY004655: Unable to invoke request (fake)");
          }
        };

    assertTrue(groups.find(ncsa).isEmpty());
  }

  @Test
  void aGroupNamingAnotherOrganizationIsNoWord() {
    realm.groups.put(
        "ncsa",
        new RealmAdmin.OrganizationGroup("acme-components", "Acme", "company", "T3", null, "DE"));

    assertTrue(groups.find(ncsa).isEmpty());
  }

  @Test
  void aMalformedGroupIsNoWord() {
    for (RealmAdmin.OrganizationGroup malformed :
        Set.of(
            new RealmAdmin.OrganizationGroup("ncsa", "NCSA", "agency", "T9", null, "DE"),
            new RealmAdmin.OrganizationGroup("ncsa", "NCSA", "ministry", "T3", null, "DE"),
            new RealmAdmin.OrganizationGroup("ncsa", "NCSA", "agency", "T3", null, "XX"))) {
      realm.groups.put("ncsa", malformed);
      assertTrue(groups.find(ncsa).isEmpty(), malformed::toString);
    }
  }
}
