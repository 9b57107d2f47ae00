package org.scrmportal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.Tier;

/** Each rule of the policy table, with the words it explains itself in. */
class AccessPolicyTest {

  private static final OrganizationId ACME = new OrganizationId("acme");
  private static final OrganizationId GRID = new OrganizationId("grid");
  private static final OrganizationId AGENCY = new OrganizationId("agency");

  private final AccessPolicy policy = new AccessPolicy();

  private static Viewer member(OrganizationId org, Tier tier, String... communities) {
    return new Viewer("pat", org, tier, false, Set.of(communities), false);
  }

  private static Marking marking(
      TlpLevel level, Set<String> orgs, Set<String> communities, Set<String> people, Tier minTier) {
    return Marking.of(level, ACME, orgs, communities, people, minTier);
  }

  @Test
  void clearIsForAnyoneEvenAnonymous() {
    Marking clear = marking(TlpLevel.CLEAR, Set.of(), Set.of(), Set.of(), null);

    assertTrue(policy.permits(Viewer.anonymous(), clear));
    assertEquals("clear", policy.decide(Viewer.anonymous(), clear).rule());
  }

  @Test
  void anonymousCallersSeeNothingElse() {
    Decision d =
        policy.decide(
            Viewer.anonymous(), marking(TlpLevel.GREEN, Set.of(), Set.of(), Set.of(), null));

    assertFalse(d.permitted());
    assertEquals("anonymous", d.rule());
  }

  @Test
  void theAuthorOrganizationAlwaysSeesItsOwn() {
    Marking red = marking(TlpLevel.RED, Set.of(), Set.of(), Set.of("someone-else"), Tier.T3);

    Decision d = policy.decide(member(ACME, Tier.T0), red);

    assertTrue(d.permitted());
    assertEquals("author", d.rule());
  }

  @Test
  void aSuspendedOrganizationSeesOnlyClearNotEvenItsOwn() {
    Viewer suspended = new Viewer("pat", ACME, Tier.T3, true, Set.of("c1"), true);

    Decision d =
        policy.decide(suspended, marking(TlpLevel.GREEN, Set.of(), Set.of(), Set.of(), null));

    assertFalse(d.permitted());
    assertEquals("suspended", d.rule());
    assertFalse(
        policy.permitsMetadata(
            suspended, marking(TlpLevel.AMBER, Set.of(), Set.of(), Set.of(), null)),
        "a suspended operator loses the operators' metadata view too");
  }

  @Test
  void greenIsForVettedMembers() {
    Marking green = marking(TlpLevel.GREEN, Set.of(), Set.of(), Set.of(), null);

    assertTrue(policy.permits(member(GRID, Tier.T1), green));
    Decision registered = policy.decide(member(GRID, Tier.T0), green);
    assertFalse(registered.permitted());
    assertTrue(registered.reason().contains("T1"), registered.reason());
    assertFalse(
        policy.permits(new Viewer("pat", null, null, false, Set.of(), false), green),
        "a person without a member organization is not vetted");
  }

  @Test
  void greenWithCommunitiesIsForTheirVettedMembers() {
    Marking green = marking(TlpLevel.GREEN, Set.of(), Set.of("c1", "c2"), Set.of(), null);

    assertTrue(policy.permits(member(GRID, Tier.T1, "c2"), green));
    assertFalse(policy.permits(member(GRID, Tier.T3, "c3"), green));
    assertFalse(
        policy.permits(member(GRID, Tier.T0, "c1"), green),
        "community members must still be vetted");
  }

  @Test
  void amberIsForListedOrganizationsAndCommunityMembers() {
    Marking amber = marking(TlpLevel.AMBER, Set.of("grid"), Set.of("c1"), Set.of(), null);

    assertEquals("amber-organization", policy.decide(member(GRID, Tier.T0), amber).rule());
    assertEquals("amber-community", policy.decide(member(AGENCY, Tier.T0, "c1"), amber).rule());
    Decision outsider = policy.decide(member(AGENCY, Tier.T3), amber);
    assertFalse(outsider.permitted());
    assertTrue(
        outsider.reason().contains("[grid]") && outsider.reason().contains("[c1]"),
        outsider.reason());
  }

  @Test
  void amberStrictIsForListedOrganizationsOnly() {
    Marking strict = marking(TlpLevel.AMBER_STRICT, Set.of("grid"), Set.of(), Set.of(), null);

    assertTrue(policy.permits(member(GRID, Tier.T0), strict));
    assertFalse(policy.permits(member(AGENCY, Tier.T3, "c1"), strict));
  }

  @Test
  void redIsForNamedPeopleOnly() {
    Marking red = marking(TlpLevel.RED, Set.of(), Set.of(), Set.of("pat"), null);

    assertTrue(policy.permits(member(GRID, Tier.T0), red));
    assertFalse(policy.permits(new Viewer("kim", GRID, Tier.T3, false, Set.of(), false), red));
  }

  @Test
  void aMinimumTierShutsOutLowerTiers() {
    Marking amber = marking(TlpLevel.AMBER, Set.of("grid"), Set.of(), Set.of(), Tier.T2);

    Decision low = policy.decide(member(GRID, Tier.T1), amber);
    assertFalse(low.permitted());
    assertEquals("min-tier", low.rule());
    assertTrue(policy.permits(member(GRID, Tier.T2), amber));
  }

  @Test
  void operatorsSeeMetadataButNotContentOutsideTheAudience() {
    Viewer operator =
        new Viewer("olivia", new OrganizationId("ops"), Tier.T3, false, Set.of(), true);
    Marking red = marking(TlpLevel.RED, Set.of(), Set.of(), Set.of("pat"), null);

    assertTrue(policy.permitsMetadata(operator, red));
    assertFalse(policy.permits(operator, red));
  }

  @Test
  void memberListsFollowTheCommunitysChoice() {
    Viewer v = member(GRID, Tier.T1, "c1");

    assertTrue(policy.permitsMemberList(v, true, true, false), "the owner always");
    assertTrue(
        policy.permitsMemberList(v, false, true, true), "members when the community says so");
    assertFalse(policy.permitsMemberList(v, false, true, false), "not members when it does not");
    assertFalse(policy.permitsMemberList(v, false, false, true), "never non-members");
  }

  @Test
  void membersNarrowMarkingsOrgAdminsLoosenThemOutsidersChangeNothing() {
    Marking amber = marking(TlpLevel.AMBER, Set.of("grid", "agency"), Set.of(), Set.of(), null);
    Marking narrower = marking(TlpLevel.AMBER_STRICT, Set.of("grid"), Set.of(), Set.of(), null);
    Marking wider = marking(TlpLevel.GREEN, Set.of(), Set.of(), Set.of(), null);

    assertTrue(
        policy.decideMarkingChange(member(ACME, Tier.T1), false, amber, narrower).permitted());
    Decision loosenByMember =
        policy.decideMarkingChange(member(ACME, Tier.T1), false, amber, wider);
    assertFalse(loosenByMember.permitted());
    assertTrue(loosenByMember.reason().contains("org admin"), loosenByMember.reason());
    assertTrue(policy.decideMarkingChange(member(ACME, Tier.T1), true, amber, wider).permitted());
    assertFalse(
        policy.decideMarkingChange(member(GRID, Tier.T3), true, amber, narrower).permitted(),
        "only the author organization");
    Viewer suspendedAuthor = new Viewer("pat", ACME, Tier.T3, true, Set.of(), false);
    assertFalse(policy.decideMarkingChange(suspendedAuthor, true, amber, narrower).permitted());
  }

  @Test
  void theReasonNamesCommunitiesByNameWhenGivenTheirNamesAndDecidesTheSame() {
    java.util.Map<String, String> names = java.util.Map.of("c1", "Grid operators", "c2", "Rail");
    Marking green = marking(TlpLevel.GREEN, Set.of(), Set.of("c1", "c2"), Set.of(), null);
    Marking amber = marking(TlpLevel.AMBER, Set.of(), Set.of("c1", "c9"), Set.of(), null);
    Viewer inC1 = member(GRID, Tier.T1, "c1");
    Viewer outside = member(AGENCY, Tier.T3);

    for (Viewer viewer : java.util.List.of(inC1, outside)) {
      for (Marking m : java.util.List.of(green, amber)) {
        Decision byId = policy.decide(viewer, m);
        Decision byName = policy.decide(viewer, m, names::get);
        assertEquals(byId.permitted(), byName.permitted());
        assertEquals(byId.rule(), byName.rule());
      }
    }
    String why = policy.decide(inC1, green, names::get).reason();
    assertTrue(why.contains("Grid operators") && why.contains("Rail"), why);
    assertFalse(why.contains("c1"), why);
    assertTrue(
        policy.decide(outside, amber, names::get).reason().contains("c9"),
        "a community without a known name keeps its id");
    assertTrue(policy.decide(inC1, green).reason().contains("c1"), "without names: ids");
  }
}
