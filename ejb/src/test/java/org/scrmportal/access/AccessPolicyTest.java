package org.scrmportal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.TlpLevel;

/** Each rule of the policy table, with the words it explains itself in. */
class AccessPolicyTest {

  private static final OrganizationId ACME = new OrganizationId("acme");
  private static final OrganizationId GRID = new OrganizationId("grid");
  private static final OrganizationId AGENCY = new OrganizationId("agency");

  /** Pat's subject: viewers and TLP:RED audiences name people by subject. */
  private static final String PAT = "0b7d3f4e-pat";

  private final AccessPolicy policy = new AccessPolicy();

  private static Viewer member(OrganizationId org, Tier tier, String... communities) {
    return new Viewer(PAT, org, tier, false, Set.of(communities), false);
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
    Viewer suspended = new Viewer(PAT, ACME, Tier.T3, true, Set.of("c1"), true);

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
        policy.permits(new Viewer(PAT, null, null, false, Set.of(), false), green),
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
    Marking red = marking(TlpLevel.RED, Set.of(), Set.of(), Set.of(PAT), null);

    assertTrue(policy.permits(member(GRID, Tier.T0), red));
    assertFalse(policy.permits(new Viewer("sub-kim", GRID, Tier.T3, false, Set.of(), false), red));
  }

  @Test
  void redComparesSubjectsSoANewHolderOfTheUserNameIsRefused() {
    // "pat" was renamed, and someone else, with another subject, now signs in as "pat"
    String newPat = "9c1e2a77-new-pat";
    Marking red = marking(TlpLevel.RED, Set.of(), Set.of(), Set.of(PAT), null);
    Viewer samePersonOtherName = member(GRID, Tier.T0);
    Viewer sameNameOtherPerson = new Viewer(newPat, GRID, Tier.T3, false, Set.of(), false);

    assertTrue(policy.permits(samePersonOtherName, red));
    Decision refused = policy.decide(sameNameOtherPerson, red);
    assertFalse(refused.permitted());
    assertEquals("red", refused.rule());
    assertFalse(
        policy.permits(samePersonOtherName, red(Set.of("pat"))),
        "a user name left from before V10 names no subject: only the author organization sees it");
  }

  @Test
  void redCountsTheNamedPeopleAndNamesNoneOfThem() {
    Set<String> three = Set.of(PAT, "sub-kim", "sub-lee");

    assertEquals(
        "TLP:RED for the 2 named people only.",
        policy.decide(member(AGENCY, Tier.T3), red(Set.of("sub-kim", "sub-lee"))).reason());
    assertEquals(
        "TLP:RED for the 1 named person only.",
        policy.decide(member(AGENCY, Tier.T3), red(Set.of("sub-kim"))).reason());
    assertEquals(
        "TLP:RED, and you are one of the 3 named people.",
        policy.decide(member(GRID, Tier.T0), red(three)).reason());
    assertEquals(
        "TLP:RED, and you are the one named person.",
        policy.decide(member(GRID, Tier.T0), red(Set.of(PAT))).reason());
  }

  private static Marking red(Set<String> people) {
    return marking(TlpLevel.RED, Set.of(), Set.of(), people, null);
  }

  @Test
  void aStatusIsForItsSubmitterBySubjectAndTheirOrganization() {
    Viewer submitter = member(ACME, Tier.T1);
    Viewer colleague = new Viewer("sub-kim", ACME, Tier.T1, false, Set.of(), false);
    Viewer elsewhere = new Viewer("sub-lee", GRID, Tier.T3, false, Set.of(), false);
    Viewer machineOfAcme = new Viewer("sub-acme-machine", ACME, Tier.T1, false, Set.of(), false);
    Viewer movedAway = new Viewer(PAT, GRID, Tier.T3, false, Set.of(), false);

    assertTrue(policy.permitsSubmissionStatus(submitter, PAT, "acme"));
    assertTrue(policy.permitsSubmissionStatus(colleague, PAT, "acme"));
    assertTrue(policy.permitsSubmissionStatus(machineOfAcme, PAT, "acme"));
    assertTrue(
        policy.permitsSubmissionStatus(machineOfAcme, "sub-acme-machine", "acme"),
        "a machine client reads its own statuses");
    assertTrue(policy.permitsSubmissionStatus(movedAway, PAT, "acme"), "the submitter, by subject");
    assertFalse(policy.permitsSubmissionStatus(elsewhere, PAT, "acme"));
    assertFalse(
        policy.permitsSubmissionStatus(
            new Viewer("pat", GRID, Tier.T3, false, Set.of(), false), PAT, "acme"),
        "a user name is not a subject");
    assertFalse(policy.permitsSubmissionStatus(elsewhere, null, "acme"), "before V10: the org");
    assertTrue(policy.permitsSubmissionStatus(colleague, null, "acme"));
    assertFalse(policy.permitsSubmissionStatus(Viewer.anonymous(), PAT, "acme"));
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
        new Viewer("sub-olivia", new OrganizationId("ops"), Tier.T3, false, Set.of(), true);
    Marking red = marking(TlpLevel.RED, Set.of(), Set.of(), Set.of(PAT), null);

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
    Viewer suspendedAuthor = new Viewer(PAT, ACME, Tier.T3, true, Set.of(), false);
    assertFalse(policy.decideMarkingChange(suspendedAuthor, true, amber, narrower).permitted());
  }

  @Test
  void anyoneReadsThePublicFeedAndNobodyWritesIt() {
    Viewer suspended = new Viewer("pat", ACME, Tier.T3, true, Set.of(), false);
    for (Viewer v : new Viewer[] {Viewer.anonymous(), member(ACME, Tier.T3), suspended}) {
      assertTrue(policy.decidePublicFeedRead(v).permitted(), String.valueOf(v));
      Decision write = policy.decidePublicFeedWrite(v);
      assertFalse(write.permitted(), String.valueOf(v));
      assertEquals("public-feed-read-only", write.rule());
    }
    assertFalse(
        policy.decideFeedRead(Viewer.anonymous(), null, null).permitted(),
        "every other feed stays for signed-in callers");
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
