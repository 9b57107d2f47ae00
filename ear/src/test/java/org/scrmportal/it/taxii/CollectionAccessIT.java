package org.scrmportal.it.taxii;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertEnvelope;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertError;
import static org.scrmportal.it.taxii.TaxiiAssertions.ids;
import static org.scrmportal.it.taxii.TaxiiClient.SHARED;
import static org.scrmportal.it.taxii.TaxiiClient.TIER_T2;
import static org.scrmportal.it.taxii.TaxiiClient.TIER_T3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.scrmportal.it.taxii.TaxiiClient.Query;
import org.scrmportal.platform.TlpLevel;

/**
 * Who sees which collection: Shared indicators everyone signed in; the tier feeds organizations
 * vetted T2 (T3) and above; a community's collection its members only. A collection the caller may
 * not see is not listed and is 404 (the contract), and its objects cannot be read or written.
 */
@DisplayName(
    "Access per collection over TAXII (the contract's collections; TAXII 2.1 sections 5.1, 5.2)")
class CollectionAccessIT extends TaxiiTest {

  @BeforeAll
  static void vettedTiers() {
    Portal.ensureDemoTiers();
  }

  @Test
  @DisplayName(
      "5.1: the tier feeds are listed for T2 and above only (Acme T1, Northgrid T2, NCSA T3)")
  void theTierFeedsAreListedByTier() {
    Map<String, JsonNode> alice = CollectionsIT.byId(TaxiiClient.as("alice").collections());
    Map<String, JsonNode> nora = CollectionsIT.byId(TaxiiClient.as("nora").collections());
    Map<String, JsonNode> gina = CollectionsIT.byId(TaxiiClient.as("gina").collections());

    assertAll(
        () -> assertFalse(alice.containsKey(TIER_T2), "T1 does not see the T2 feed"),
        () -> assertFalse(alice.containsKey(TIER_T3), "T1 does not see the T3 feed"),
        () -> assertTrue(nora.containsKey(TIER_T2), "T2 sees the T2 feed"),
        () -> assertFalse(nora.containsKey(TIER_T3), "T2 does not see the T3 feed"),
        () -> assertTrue(gina.containsKey(TIER_T2), "T3 sees the T2 feed"),
        () -> assertTrue(gina.containsKey(TIER_T3), "T3 sees the T3 feed"),
        () -> assertTrue(nora.get(TIER_T2).path("can_read").asBoolean()),
        () -> assertTrue(nora.get(TIER_T2).path("can_write").asBoolean()),
        () -> assertTrue(gina.get(TIER_T3).path("can_write").asBoolean()));
  }

  @Test
  @DisplayName(
      "5.2: a feed above the caller's tier is 404, and its objects are neither read nor written")
  void aFeedAboveTheCallersTierIsClosed() {
    TaxiiClient gina = TaxiiClient.as("gina");
    ObjectNode inFeed = StixSamples.marked(StixSamples.indicator(), TlpLevel.GREEN);
    gina.addAll(TIER_T3, inFeed);
    TaxiiClient nora = TaxiiClient.as("nora");
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode attempt = StixSamples.marked(StixSamples.indicator(), TlpLevel.GREEN);

    assertAll(
        closed(nora, TIER_T3, StixSamples.id(inFeed)),
        closed(alice, TIER_T3, StixSamples.id(inFeed)),
        closed(alice, TIER_T2, StixSamples.id(inFeed)),
        refusedWrite(alice, TIER_T2, attempt),
        refusedWrite(nora, TIER_T3, attempt));
    assertError(gina.object(TIER_T3, StixSamples.id(attempt)), 404);
    assertError(gina.object(TIER_T2, StixSamples.id(attempt)), 404);
  }

  @Test
  @DisplayName(
      "tier feed: an object Northgrid adds to the T2 feed is read by NCSA (T3), not by Acme (T1)")
  void anObjectInTheT2FeedReachesT2AndAbove() {
    TaxiiClient nora = TaxiiClient.as("nora");
    ObjectNode indicator = StixSamples.marked(StixSamples.indicator(), TlpLevel.GREEN);
    nora.addAll(TIER_T2, indicator);
    String id = StixSamples.id(indicator);

    assertEquals(List.of(id), ids(assertEnvelope(TaxiiClient.as("gina").object(TIER_T2, id))));
    assertEquals(
        List.of(id),
        ids(assertEnvelope(TaxiiClient.machine("ncsa-machine").objects(TIER_T2, Query.ids(id)))));
    assertAll(closed(TaxiiClient.as("alice"), TIER_T2, id));
  }

  @Test
  @DisplayName("community: its collection is listed for its members only, and 404 for others")
  void aCommunityCollectionIsForItsMembersOnly() {
    String community = Portal.communityOfAcmeAndNorthgrid();

    Map<String, JsonNode> alice = CollectionsIT.byId(TaxiiClient.as("alice").collections());
    Map<String, JsonNode> nora = CollectionsIT.byId(TaxiiClient.as("nora").collections());
    Map<String, JsonNode> gina = CollectionsIT.byId(TaxiiClient.as("gina").collections());

    assertTrue(alice.containsKey(community), "the owner's organization is a member");
    assertTrue(nora.containsKey(community), "Northgrid is a member");
    assertFalse(gina.containsKey(community), "NCSA is not");
    assertTrue(nora.get(community).path("can_read").asBoolean());
    assertTrue(nora.get(community).path("can_write").asBoolean());
    assertError(TaxiiClient.as("gina").collection(community), 404);
  }

  @Test
  @DisplayName(
      "community: GREEN and AMBER added by a member reach the other members, not outsiders")
  void objectsInACommunityReachItsMembers() {
    String community = Portal.communityOfAcmeAndNorthgrid();
    TaxiiClient nora = TaxiiClient.as("nora");
    ObjectNode green = StixSamples.marked(StixSamples.indicator(), TlpLevel.GREEN);
    ObjectNode amber = StixSamples.marked(StixSamples.indicator(), TlpLevel.AMBER);
    nora.addAll(community, green, amber);
    TaxiiClient alice = TaxiiClient.as("alice");

    for (ObjectNode o : List.of(green, amber)) {
      assertEquals(
          List.of(StixSamples.id(o)),
          ids(assertEnvelope(alice.object(community, StixSamples.id(o)))),
          "the community is the audience");
    }
    assertAll(
        closed(TaxiiClient.as("gina"), community, StixSamples.id(green)),
        refusedWrite(TaxiiClient.as("gina"), community, StixSamples.indicator()));
  }

  @Test
  @DisplayName("community: AMBER+STRICT and RED are refused there, and nothing is stored")
  void amberStrictAndRedAreRefusedInACommunity() {
    String community = Portal.communityOfAcmeAndNorthgrid();
    TaxiiClient alice = TaxiiClient.as("alice");

    for (TlpLevel level : List.of(TlpLevel.AMBER_STRICT, TlpLevel.RED)) {
      ObjectNode o = StixSamples.marked(StixSamples.indicator(), level);
      TaxiiClient.Reply reply = alice.postEnvelope(community, List.of(o));
      // The contract says "refused" without saying how: a TAXII error, or 202 with a status
      // whose every object failed with a reason (as for any other object it will not store).
      if (reply.status() == 202) {
        JsonNode status = alice.awaitComplete(reply.json());
        assertEquals(0, status.path("success_count").asInt(), () -> level + ": " + status);
        assertEquals(1, status.path("failure_count").asInt(), () -> level + ": " + status);
        assertFalse(
            status.path("failures").path(0).path("message").asText().isBlank(),
            () -> "a reason: " + status);
      } else {
        assertTrue(reply.status() >= 400 && reply.status() < 500, () -> level + ": " + reply);
        assertError(reply, reply.status());
      }
      assertError(alice.object(community, StixSamples.id(o)), 404);
    }
  }

  @Test
  @DisplayName(
      "Shared indicators: read by an organization without a writing role, written by none of it")
  void sharedIndicatorsAreReadByAllButWrittenBySubmittersAndAnalysts() {
    TaxiiClient sam = TaxiiClient.as("sam");
    ObjectNode clear = StixSamples.marked(StixSamples.indicator(), TlpLevel.CLEAR);
    TaxiiClient.as("gina").addAll(SHARED, clear);

    assertEquals(
        List.of(StixSamples.id(clear)),
        ids(assertEnvelope(sam.objects(SHARED, Query.ids(StixSamples.id(clear))))));
    assertAll(refusedWrite(sam, SHARED, StixSamples.indicator()));
  }

  /** {@code client} may not see {@code collection}: 404 for it, and no way to its objects. */
  private static Executable closed(TaxiiClient client, String collection, String objectId) {
    TaxiiClient.Reply one = client.collection(collection);
    TaxiiClient.Reply objects = client.objects(collection, Query.none());
    TaxiiClient.Reply object = client.object(collection, objectId);
    TaxiiClient.Reply manifest = client.manifest(collection, Query.none());
    TaxiiClient.Reply versions = client.versions(collection, objectId, Query.none());
    String who = client.name() + " and " + collection;
    return () ->
        assertAll(
            () -> assertError(one, 404),
            // The contract: "404 when the caller may not see it", "403 collection not readable":
            // either, as long as nothing is shown.
            () -> assertForbiddenOrNotFound(who + " objects", objects),
            () -> assertForbiddenOrNotFound(who + " object", object),
            () -> assertForbiddenOrNotFound(who + " manifest", manifest),
            () -> assertForbiddenOrNotFound(who + " versions", versions));
  }

  /** {@code client} may not add {@code object} to {@code collection}; nothing is stored. */
  private static Executable refusedWrite(TaxiiClient client, String collection, ObjectNode object) {
    TaxiiClient.Reply reply = client.postEnvelope(collection, List.of(object));
    return () -> assertForbiddenOrNotFound(client.name() + " adds to " + collection, reply);
  }

  private static void assertForbiddenOrNotFound(String what, TaxiiClient.Reply reply) {
    assertTrue(reply.status() == 403 || reply.status() == 404, () -> what + ": " + reply);
    assertError(reply, reply.status());
  }
}
