package org.scrmportal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.TlpLevel;

/** {@link AccessPolicy#decideForOrganization}: what an organization as a whole may be told. */
class AccessPolicyForOrganizationTest {

  private static final OrganizationId SUPPLIER = new OrganizationId("supplier-co");
  private static final OrganizationId A = new OrganizationId("customer-a");
  private static final OrganizationId B = new OrganizationId("customer-b");

  private final AccessPolicy policy = new AccessPolicy();

  private static Viewer org(OrganizationId id, Tier tier, boolean suspended, String... comms) {
    return new Viewer(null, id, tier, suspended, Set.of(comms), false);
  }

  private static Marking marking(
      TlpLevel level, Set<String> orgs, Set<String> comms, Set<String> people) {
    return Marking.of(level, SUPPLIER, orgs, comms, people, null);
  }

  @Test
  void amberSharedWithOneOrganizationReachesItAndNoOther() {
    Marking amber = marking(TlpLevel.AMBER, Set.of(A.value()), Set.of(), Set.of());
    assertTrue(policy.decideForOrganization(org(A, Tier.T1, false), amber).permitted());
    Decision b = policy.decideForOrganization(org(B, Tier.T3, false), amber);
    assertFalse(b.permitted());
    assertEquals("amber", b.rule());
  }

  @Test
  void amberReachesMembersOfListedCommunities() {
    Marking amber = marking(TlpLevel.AMBER, Set.of(), Set.of("energy"), Set.of());
    assertTrue(policy.decideForOrganization(org(B, Tier.T0, false, "energy"), amber).permitted());
    assertFalse(policy.decideForOrganization(org(B, Tier.T0, false, "water"), amber).permitted());
  }

  @Test
  void greenTakesAVettedOrganizationAndClearAnyMember() {
    Marking green = marking(TlpLevel.GREEN, Set.of(), Set.of(), Set.of());
    assertTrue(policy.decideForOrganization(org(A, Tier.T1, false), green).permitted());
    assertFalse(policy.decideForOrganization(org(A, Tier.T0, false), green).permitted());
    Marking clear = marking(TlpLevel.CLEAR, Set.of(), Set.of(), Set.of());
    assertTrue(policy.decideForOrganization(org(A, Tier.T0, false), clear).permitted());
  }

  @Test
  void aSuspendedOrganizationIsToldOnlyClear() {
    Marking amber = marking(TlpLevel.AMBER, Set.of(A.value()), Set.of(), Set.of());
    assertFalse(policy.decideForOrganization(org(A, Tier.T2, true), amber).permitted());
  }

  @Test
  void redNeverReachesAWholeOrganizationEvenOneOfANamedPerson() {
    Marking red = marking(TlpLevel.RED, Set.of(), Set.of(), Set.of("subject-of-pat"));
    Decision d =
        policy.decideForOrganization(
            new Viewer("subject-of-pat", A, Tier.T3, false, Set.of(), true), red);
    assertFalse(d.permitted());
    assertEquals("red-organization", d.rule());
    // the named person, asked as a person, is permitted
    assertTrue(
        policy.permits(new Viewer("subject-of-pat", A, Tier.T3, false, Set.of(), false), red));
  }

  @Test
  void noOrganizationNoNotice() {
    Marking clear = marking(TlpLevel.CLEAR, Set.of(), Set.of(), Set.of());
    assertFalse(policy.decideForOrganization(Viewer.anonymous(), clear).permitted());
  }
}
