package org.scrmportal.stix.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scrmportal.access.Marking;
import org.scrmportal.access.MarkingRequest;
import org.scrmportal.access.Viewer;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.TlpLevel;
import org.scrmportal.stix.BundleReader;
import org.scrmportal.stix.BundleResult;
import org.scrmportal.stix.StixObject;

/**
 * How a submitted object's portal marking follows from its TLP marking, the submitter and the feed.
 */
class SubmissionTest {

  private static final OrganizationId ACME = new OrganizationId("acme");
  private static final String GREEN = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";
  private static final String TLP1_RED = "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed";

  private static StixObject indicator(String markingRefs, String granular) {
    String json =
        """
        {"type":"bundle","id":"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d","objects":[
        {"type":"indicator","spec_version":"2.1","id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
         "created":"2024-01-02T03:04:05.000Z","modified":"2024-01-02T03:04:05.000Z",
         "name":"n","pattern":"[ipv4-addr:value = '10.0.0.1']","pattern_type":"stix",
         "valid_from":"2024-01-02T03:04:05Z"%s%s}]}"""
            .formatted(
                markingRefs == null ? "" : ",\"object_marking_refs\":[\"" + markingRefs + "\"]",
                granular == null
                    ? ""
                    : ",\"granular_markings\":[{\"marking_ref\":\""
                        + granular
                        + "\",\"selectors\":[\"name\"]}]");
    BundleResult result = new BundleReader().read(json);
    assertTrue(result.isValid(), result::toString);
    return ((BundleResult.Valid) result).objects().get(0);
  }

  private static Submission to(Feed feed, MarkingRequest sharing) {
    return new Submission(
        "s",
        feed,
        "alice",
        sharing,
        new Viewer("sub-alice", ACME, Tier.T1, false, Set.of(), false),
        false);
  }

  private static MarkingRequest defaults(TlpLevel level) {
    return new MarkingRequest(level, null, null, null, null);
  }

  private static final Feed SHARED = new Feed("shared", null, null);

  @Test
  void theObjectsOwnTlpMarkingDecidesItsLevel() {
    Marking m = to(SHARED, defaults(TlpLevel.AMBER)).markingOf(indicator(GREEN, null));
    assertEquals(TlpLevel.GREEN, m.level());
    assertEquals(ACME, m.author());
  }

  @Test
  void anUnmarkedObjectTakesTheSubmissionsLevel() {
    assertEquals(
        TlpLevel.AMBER_STRICT,
        to(SHARED, defaults(TlpLevel.AMBER_STRICT)).markingOf(indicator(null, null)).level());
  }

  @Test
  void theMostRestrictiveMarkingWinsAlsoFromGranularMarkingsAndTlpOne() {
    assertEquals(
        TlpLevel.RED,
        to(SHARED, defaults(TlpLevel.AMBER)).markingOf(indicator(GREEN, TLP1_RED)).level());
  }

  @Test
  void aTierFeedAddsItsMinimumTierButTlpClearStaysForAnyone() {
    Feed t3 = new Feed("t3", Tier.T3, null);
    assertEquals(
        Tier.T3, to(t3, defaults(TlpLevel.GREEN)).markingOf(indicator(null, null)).minTier());
    assertNull(to(t3, defaults(TlpLevel.CLEAR)).markingOf(indicator(null, null)).minTier());
  }

  @Test
  void aCommunityFeedAddsItsCommunityToGreenAndAmberAndRefusesTheRest() {
    Feed feed = new Feed("c1", null, "c1");
    assertEquals(
        Set.of("c1"),
        to(feed, defaults(TlpLevel.AMBER)).markingOf(indicator(null, null)).communities());
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> to(feed, defaults(TlpLevel.RED)).markingOf(indicator(null, null)));
    assertTrue(refused.getMessage().contains("community"));
  }

  @Test
  void theSubmittersAudienceMustFitTheLevel() {
    MarkingRequest orgs =
        new MarkingRequest(TlpLevel.AMBER_STRICT, Set.of("grid"), null, null, null);
    assertEquals(Set.of("grid"), to(SHARED, orgs).markingOf(indicator(null, null)).organizations());
    // TLP:GREEN takes communities, not organizations: the object is refused with the rule
    assertThrows(
        IllegalArgumentException.class, () -> to(SHARED, orgs).markingOf(indicator(GREEN, null)));
  }
}
