package org.scrmportal.it.taxii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertEnvelope;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertError;
import static org.scrmportal.it.taxii.TaxiiAssertions.ids;
import static org.scrmportal.it.taxii.TaxiiAssertions.modifieds;
import static org.scrmportal.it.taxii.TaxiiAssertions.occurrences;
import static org.scrmportal.it.taxii.TaxiiClient.SHARED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrmportal.it.taxii.TaxiiClient.Query;

/**
 * Get Objects: {@code GET .../collections/{id}/objects/}, with the filters of section 3.4, the
 * paging of section 3.5, the sorting of section 3.3 and the headers of section 3.2. Every query
 * names the objects the test added ({@code match[id]}), so other tests' objects never interfere.
 */
@DisplayName("TAXII 2.1 section 5.4: Get Objects")
class GetObjectsIT extends TaxiiTest {

  @Test
  @DisplayName("5.4: the objects come back in an envelope as they were added")
  void theObjectsComeBackInAnEnvelope() {
    TaxiiClient alice = TaxiiClient.as("alice");
    List<ObjectNode> objects = StixSamples.maliciousEmail();
    alice.addAll(SHARED, objects);

    JsonNode envelope = assertEnvelope(alice.objects(SHARED, Query.ids(StixSamples.ids(objects))));

    assertEquals(StixSamples.idSet(objects), Set.copyOf(ids(envelope)));
    for (JsonNode returned : envelope.path("objects")) {
      ObjectNode added =
          objects.stream()
              .filter(o -> StixSamples.id(o).equals(returned.path("id").asText()))
              .findFirst()
              .orElseThrow();
      for (String property : List.of("type", "spec_version", "name", "pattern", "source_ref")) {
        assertEquals(added.path(property), returned.path(property), property + " of " + returned);
      }
      assertEquals(StixSamples.modified(added), StixSamples.modified(returned));
    }
  }

  @Test
  @DisplayName("3.4.1: match[id] with a comma-separated list returns exactly those objects")
  void matchIdReturnsExactlyTheNamedObjects() {
    TaxiiClient alice = TaxiiClient.as("alice");
    List<ObjectNode> objects = StixSamples.indicators(3);
    alice.addAll(SHARED, objects);
    String a = StixSamples.id(objects.get(0));
    String c = StixSamples.id(objects.get(2));

    JsonNode one = assertEnvelope(alice.objects(SHARED, Query.ids(a)));
    JsonNode two = assertEnvelope(alice.objects(SHARED, Query.ids(a, c)));

    assertEquals(List.of(a), ids(one));
    assertEquals(Set.of(a, c), Set.copyOf(ids(two)));
    assertEquals(2, ids(two).size());
  }

  @Test
  @DisplayName("3.4.1: match[type] returns only objects of the named types (a list means any)")
  void matchTypeFiltersByStixType() {
    TaxiiClient alice = TaxiiClient.as("alice");
    List<ObjectNode> objects = StixSamples.indicatorToCampaign();
    alice.addAll(SHARED, objects);
    Query ours = Query.ids(StixSamples.ids(objects));

    JsonNode campaigns = assertEnvelope(alice.objects(SHARED, ours.copy().type("campaign")));
    JsonNode two =
        assertEnvelope(alice.objects(SHARED, ours.copy().type("campaign", "relationship")));
    JsonNode none = assertEnvelope(alice.objects(SHARED, ours.copy().type("malware")));

    assertEquals(List.of(StixSamples.id(objects.get(0))), ids(campaigns));
    assertEquals(
        Set.of(StixSamples.id(objects.get(0)), StixSamples.id(objects.get(2))),
        Set.copyOf(ids(two)));
    assertTrue(ids(none).isEmpty(), none::toString);
  }

  @Test
  @DisplayName("3.4.1: match[version] last (the default), first, all, a list, and a timestamp")
  void matchVersionSelectsVersions() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode v1 = StixSamples.indicator();
    ObjectNode v2 = StixSamples.newerVersion(v1, 1);
    ObjectNode v3 = StixSamples.newerVersion(v1, 2);
    for (ObjectNode v : List.of(v1, v2, v3)) {
      alice.addAll(SHARED, v);
    }
    Query id = Query.ids(StixSamples.id(v1));
    Instant t1 = StixSamples.modified(v1);
    Instant t2 = StixSamples.modified(v2);
    Instant t3 = StixSamples.modified(v3);

    assertEquals(Set.of(t3), modifieds(assertEnvelope(alice.objects(SHARED, id))), "default");
    assertEquals(Set.of(t3), modifieds(objects(alice, id.copy().version("last"))), "last");
    assertEquals(Set.of(t1), modifieds(objects(alice, id.copy().version("first"))), "first");
    assertEquals(Set.of(t1, t2, t3), modifieds(objects(alice, id.copy().version("all"))), "all");
    assertEquals(
        Set.of(t1, t3), modifieds(objects(alice, id.copy().version("first", "last"))), "a list");
    assertEquals(
        Set.of(t2),
        modifieds(objects(alice, id.copy().version(v2.path("modified").asText()))),
        "the version with that modified");
    assertEquals(3, objects(alice, id.copy().version("all")).path("objects").size(), "each once");
  }

  @Test
  @DisplayName("3.4.1: an older version added after a newer one does not become the latest")
  void lastMeansTheLatestModifiedNotTheLatestAdded() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode v1 = StixSamples.indicator();
    ObjectNode v2 = StixSamples.newerVersion(v1, 3);
    alice.addAll(SHARED, v2);
    alice.addAll(SHARED, v1);

    JsonNode latest = assertEnvelope(alice.objects(SHARED, Query.ids(StixSamples.id(v1))));

    assertEquals(Set.of(StixSamples.modified(v2)), modifieds(latest));
  }

  @Test
  @DisplayName("3.4.1: match[spec_version] 2.1 returns STIX 2.1 objects, 2.0 does not")
  void matchSpecVersionFiltersBySpecVersion() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode indicator = StixSamples.indicator();
    alice.addAll(SHARED, indicator);
    Query id = Query.ids(StixSamples.id(indicator));

    assertEquals(
        List.of(StixSamples.id(indicator)),
        ids(objects(alice, id.copy().specVersion("2.1"))),
        "spec_version 2.1");
    assertTrue(ids(objects(alice, id.copy().specVersion("2.0"))).isEmpty(), "spec_version 2.0");
    assertEquals(
        List.of(StixSamples.id(indicator)),
        ids(objects(alice, id.copy().specVersion("2.0", "2.1"))),
        "a list means any");
  }

  @Test
  @DisplayName("3.4: added_after returns only objects added after that date_added")
  void addedAfterReturnsOnlyLaterAdditions() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode earlier = StixSamples.indicator();
    ObjectNode later = StixSamples.indicator();
    alice.addAll(SHARED, earlier);
    String earlierAdded =
        alice
            .manifest(SHARED, Query.ids(StixSamples.id(earlier)))
            .json()
            .path("objects")
            .get(0)
            .path("date_added")
            .asText();
    alice.addAll(SHARED, later);

    TaxiiClient.Reply reply =
        alice.objects(
            SHARED,
            Query.ids(StixSamples.id(earlier), StixSamples.id(later)).addedAfter(earlierAdded));

    assertEquals(List.of(StixSamples.id(later)), ids(assertEnvelope(reply)));
    assertTrue(
        Instant.parse(reply.header("X-TAXII-Date-Added-First").orElseThrow())
            .isAfter(Instant.parse(earlierAdded)),
        () -> "added strictly after " + earlierAdded + ": " + reply.headers().map());
  }

  @Test
  @DisplayName("3.5: limit bounds a page; more and next lead through every object exactly once")
  void limitAndNextPageThroughEveryObjectOnce() {
    TaxiiClient alice = TaxiiClient.as("alice");
    List<ObjectNode> objects = StixSamples.indicators(5);
    alice.addAll(SHARED, objects);
    Query query = Query.ids(StixSamples.ids(objects)).limit(2);

    JsonNode first = assertEnvelope(alice.objects(SHARED, query));
    List<JsonNode> all = alice.allObjects(SHARED, query);

    assertTrue(first.path("objects").size() <= 2, () -> "at most limit objects: " + first);
    assertTrue(first.path("more").asBoolean(), () -> "5 objects, 2 a page: more: " + first);
    List<String> seen = TaxiiAssertions.ids(all);
    assertEquals(StixSamples.idSet(objects), Set.copyOf(seen));
    assertEquals(5, seen.size(), () -> "each object once: " + occurrences(seen));
  }

  @Test
  @DisplayName("3.5: the last page says more is false (or leaves it out)")
  void theLastPageSaysNoMore() {
    TaxiiClient alice = TaxiiClient.as("alice");
    List<ObjectNode> objects = StixSamples.indicators(2);
    alice.addAll(SHARED, objects);

    JsonNode page =
        assertEnvelope(alice.objects(SHARED, Query.ids(StixSamples.ids(objects)).limit(10)));

    assertEquals(2, page.path("objects").size());
    assertFalse(page.path("more").asBoolean(false), page::toString);
  }

  @Test
  @DisplayName("3.3: objects are sorted by date_added, oldest first")
  void objectsAreSortedByDateAddedOldestFirst() {
    TaxiiClient alice = TaxiiClient.as("alice");
    List<ObjectNode> objects = StixSamples.indicators(4);
    for (ObjectNode o : objects) {
      alice.addAll(SHARED, o);
    }

    JsonNode envelope = assertEnvelope(alice.objects(SHARED, Query.ids(StixSamples.ids(objects))));

    assertEquals(StixSamples.ids(objects), ids(envelope), "in the order they were added");
  }

  @Test
  @DisplayName(
      "3.2: X-TAXII-Date-Added-First and -Last are the date_added of the first and last object")
  void theDateAddedHeadersFrameThePage() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode a = StixSamples.indicator();
    ObjectNode b = StixSamples.indicator();
    alice.addAll(SHARED, a);
    alice.addAll(SHARED, b);
    Query both = Query.ids(StixSamples.id(a), StixSamples.id(b));
    JsonNode manifest = assertEnvelope(alice.manifest(SHARED, both));

    TaxiiClient.Reply reply = alice.objects(SHARED, both);

    assertEnvelope(reply);
    String first = reply.header("X-TAXII-Date-Added-First").orElseThrow();
    String last = reply.header("X-TAXII-Date-Added-Last").orElseThrow();
    TaxiiAssertions.assertTaxiiTimestamp("X-TAXII-Date-Added-First", first);
    TaxiiAssertions.assertTaxiiTimestamp("X-TAXII-Date-Added-Last", last);
    assertEquals(dateAdded(manifest, StixSamples.id(a)), Instant.parse(first));
    assertEquals(dateAdded(manifest, StixSamples.id(b)), Instant.parse(last));
  }

  @Test
  @DisplayName("3.7/2: a result without objects is an envelope without an (empty) objects list")
  void anEmptyResultLeavesTheObjectsListOut() {
    // Section 2, list: "Empty lists are prohibited in TAXII and MUST NOT be used as a substitute
    // for omitting optional properties"; objects is optional in an envelope (3.7).
    TaxiiClient.Reply reply =
        TaxiiClient.as("alice").objects(SHARED, Query.ids(StixSamples.unknownId("indicator")));

    JsonNode envelope = assertEnvelope(reply);
    assertFalse(envelope.has("objects"), () -> "no objects, no objects list: " + reply);
    assertFalse(envelope.path("more").asBoolean(false), reply::toString);
  }

  @Test
  @DisplayName("5.4: objects belong to the collection they were added to")
  void objectsBelongToTheirCollection() {
    Portal.ensureDemoTiers();
    TaxiiClient gina = TaxiiClient.as("gina");
    ObjectNode shared = StixSamples.indicator();
    ObjectNode feed = StixSamples.indicator();
    gina.addAll(SHARED, shared);
    gina.addAll(TaxiiClient.TIER_T3, feed);
    Query both = Query.ids(StixSamples.id(shared), StixSamples.id(feed));

    assertEquals(List.of(StixSamples.id(shared)), ids(objects(gina, SHARED, both)));
    assertEquals(List.of(StixSamples.id(feed)), ids(objects(gina, TaxiiClient.TIER_T3, both)));
  }

  @Test
  @DisplayName("5.4: a malformed filter value is 400 with an error message")
  void aMalformedFilterValueIs400() {
    TaxiiClient alice = TaxiiClient.as("alice");

    assertError(alice.objects(SHARED, Query.none().with("limit", "ten")), 400);
    assertError(alice.objects(SHARED, Query.none().addedAfter("yesterday")), 400);
    assertError(alice.objects(SHARED, Query.none().version("2014-13-45T99:00:00Z")), 400);
  }

  private static JsonNode objects(TaxiiClient client, Query query) {
    return objects(client, SHARED, query);
  }

  private static JsonNode objects(TaxiiClient client, String collection, Query query) {
    return assertEnvelope(client.objects(collection, query));
  }

  private static Instant dateAdded(JsonNode manifest, String id) {
    for (JsonNode record : manifest.path("objects")) {
      if (record.path("id").asText().equals(id)) {
        return Instant.parse(record.path("date_added").asText());
      }
    }
    throw new AssertionError("no manifest record of " + id + ": " + manifest);
  }
}
