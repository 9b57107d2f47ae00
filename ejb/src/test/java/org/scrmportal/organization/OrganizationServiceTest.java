package org.scrmportal.organization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.Roles;

/**
 * First sight at T0: an organization a token names is registered at T0 whatever its {@code
 * org_tier} claims, unless an operator's group for it says otherwise; operators admit
 * organizations.
 */
class OrganizationServiceTest {

  private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

  private final InMemoryOrganizations repository = new InMemoryOrganizations();
  private final Map<OrganizationId, OrganizationClaims> operatorGroups = new HashMap<>();
  private final OrganizationService service = new OrganizationService();

  {
    service.organizations = repository;
    service.groups = id -> Optional.ofNullable(operatorGroups.get(id));
    service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
  }

  private static OrganizationClaims token(String id, Tier tier) {
    return new OrganizationClaims(
        new OrganizationId(id),
        "Token name of " + id,
        OrganizationType.AGENCY,
        tier,
        "energy",
        "FR");
  }

  private Organization stored(String id) {
    return repository.find(new OrganizationId(id)).orElseThrow();
  }

  @Test
  void aTokenClaimingT3RegistersAnUnknownOrganizationAtT0WithTheTokensOtherClaims() {
    assertTrue(service.recordSeen(token("hostile-idp", Tier.T3)));

    Organization org = stored("hostile-idp");
    assertEquals(Tier.T0, org.tier(), "the token's org_tier is not the operators' word");
    assertEquals("Token name of hostile-idp", org.name());
    assertEquals(OrganizationType.AGENCY, org.type());
    assertEquals("FR", org.country());
    assertEquals("energy", org.sector());
    assertEquals(NOW, org.firstSeen());
    assertFalse(org.suspended());
  }

  @Test
  void everyTierATokenMayClaimStartsAtT0() {
    for (Tier claimed : Tier.values()) {
      String id = "claims-" + claimed.name().toLowerCase();
      service.recordSeen(token(id, claimed));
      assertEquals(Tier.T0, stored(id).tier(), "claimed " + claimed);
    }
  }

  @Test
  void anOperatorsGroupWinsOverTheTokenAtFirstSight() {
    OrganizationId id = new OrganizationId("northgrid-energy");
    operatorGroups.put(
        id,
        new OrganizationClaims(
            id, "Northgrid Energy N.V.", OrganizationType.COMPANY, Tier.T2, "energy", "NL"));

    service.recordSeen(
        new OrganizationClaims(
            id, "Spoofed", OrganizationType.AGENCY, Tier.T3, "government", "FR"));

    Organization org = stored("northgrid-energy");
    assertEquals(Tier.T2, org.tier());
    assertEquals("Northgrid Energy N.V.", org.name());
    assertEquals(OrganizationType.COMPANY, org.type());
    assertEquals("NL", org.country());
    assertEquals("energy", org.sector());
  }

  @Test
  void aGroupThatNamesAnotherOrganizationIsNotTheOperatorsWordForThisOne() {
    OrganizationId asked = new OrganizationId("acme-components");
    operatorGroups.put(
        asked,
        new OrganizationClaims(
            new OrganizationId("ncsa"),
            "National Cyber Security Agency",
            OrganizationType.AGENCY,
            Tier.T3,
            null,
            "DE"));

    service.recordSeen(token("acme-components", Tier.T1));

    assertEquals(Tier.T0, stored("acme-components").tier());
    assertEquals("Token name of acme-components", stored("acme-components").name());
  }

  @Test
  void withoutAGroupOrWithTheRealmUnreachableTheOrganizationStartsAtT0() {
    // the port answers empty both when there is no group and when Keycloak cannot be asked
    // (RealmOrganizationGroupsTest proves the second)
    service.recordSeen(token("no-group-org", Tier.T2));
    assertEquals(Tier.T0, stored("no-group-org").tier());
  }

  @Test
  void aLaterTokenChangesNothingNotEvenWhenAGroupAppears() {
    assertTrue(service.recordSeen(token("seen-once", Tier.T0)));
    OrganizationId id = new OrganizationId("seen-once");
    operatorGroups.put(
        id, new OrganizationClaims(id, "Later", OrganizationType.COMPANY, Tier.T3, null, "DE"));

    assertFalse(service.recordSeen(token("seen-once", Tier.T3)));

    assertEquals(Tier.T0, stored("seen-once").tier(), "only vetting changes a known tier");
    assertEquals("Token name of seen-once", stored("seen-once").name());
  }

  @Test
  void operatorsAdmitAnOrganizationAtTheTierTheyDecided() {
    OrganizationClaims admitted =
        new OrganizationClaims(
            new OrganizationId("partner-agency"),
            "Partner Agency",
            OrganizationType.AGENCY,
            Tier.T2,
            "government",
            "BE");

    Organization org = service.admit(admitted);

    assertEquals(Tier.T2, org.tier());
    assertEquals(Tier.T2, stored("partner-agency").tier());
    assertEquals(NOW, org.firstSeen());
  }

  @Test
  void admittingAKnownOrganizationIsAConflictAndChangesNothing() {
    service.recordSeen(token("already-here", Tier.T3));

    DomainException e =
        assertThrows(
            DomainException.class,
            () ->
                service.admit(
                    new OrganizationClaims(
                        new OrganizationId("already-here"),
                        "Other",
                        OrganizationType.COMPANY,
                        Tier.T3,
                        null,
                        "DE")));

    assertEquals(DomainException.Kind.CONFLICT, e.kind());
    assertEquals(Tier.T0, stored("already-here").tier());
  }

  @Test
  void admittingTakesTheOperatorRole() throws NoSuchMethodException {
    RolesAllowed roles =
        OrganizationService.class
            .getMethod("admit", OrganizationClaims.class)
            .getAnnotation(RolesAllowed.class);
    assertArrayEquals(new String[] {Roles.OPERATOR}, roles.value());
  }
}
