package org.scrmportal.it.taxii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertEnvelope;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertError;
import static org.scrmportal.it.taxii.TaxiiClient.SHARED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrmportal.it.taxii.TaxiiClient.Query;

/** Get Object Versions: {@code GET .../collections/{id}/objects/{object-id}/versions/}. */
@DisplayName("TAXII 2.1 section 5.8: Get Object Versions")
class ObjectVersionsIT extends TaxiiTest {

  @Test
  @DisplayName("5.8.1: versions lists every version of the object, oldest first")
  void versionsListsEveryVersionOldestFirst() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode v1 = StixSamples.indicator();
    ObjectNode v2 = StixSamples.newerVersion(v1, 1);
    ObjectNode v3 = StixSamples.newerVersion(v1, 2);
    for (ObjectNode v : List.of(v1, v2, v3)) {
      alice.addAll(SHARED, v);
    }

    TaxiiClient.Reply reply = alice.versions(SHARED, StixSamples.id(v1), Query.none());

    assertEquals(
        List.of(StixSamples.modified(v1), StixSamples.modified(v2), StixSamples.modified(v3)),
        versions(assertEnvelope(reply)));
    assertTrue(
        reply.header("X-TAXII-Date-Added-First").isPresent(),
        "3.2 headers: " + reply.headers().map());
    assertTrue(reply.header("X-TAXII-Date-Added-Last").isPresent(), "3.2 headers");
  }

  @Test
  @DisplayName("5.8: an identical resubmission adds no version")
  void anIdenticalResubmissionAddsNoVersion() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode indicator = StixSamples.indicator();
    alice.addAll(SHARED, indicator);
    alice.addAll(SHARED, indicator);

    assertEquals(
        List.of(StixSamples.modified(indicator)),
        versions(assertEnvelope(alice.versions(SHARED, StixSamples.id(indicator), Query.none()))));
  }

  @Test
  @DisplayName("5.8/3.5: versions page with limit, more and next")
  void versionsPageWithLimitAndNext() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode v1 = StixSamples.indicator();
    List<ObjectNode> all =
        List.of(v1, StixSamples.newerVersion(v1, 1), StixSamples.newerVersion(v1, 2));
    for (ObjectNode v : all) {
      alice.addAll(SHARED, v);
    }
    String id = StixSamples.id(v1);

    List<Instant> seen = new ArrayList<>();
    Query query = Query.none().limit(1);
    JsonNode first = assertEnvelope(alice.versions(SHARED, id, query));
    assertTrue(first.path("more").asBoolean(), () -> "3 versions, 1 a page: more: " + first);
    JsonNode page = first;
    seen.addAll(versions(page));
    while (page.path("more").asBoolean(false)) {
      JsonNode next =
          assertEnvelope(alice.versions(SHARED, id, query.copy().next(page.path("next").asText())));
      assertTrue(next.path("versions").size() <= 1, next::toString);
      seen.addAll(versions(next));
      assertTrue(seen.size() <= 3, () -> "no version twice: " + seen);
      page = next;
    }

    assertEquals(all.stream().map(StixSamples::modified).toList(), seen);
  }

  @Test
  @DisplayName("5.8: the versions of an unknown object are 404")
  void theVersionsOfAnUnknownObjectAre404() {
    assertError(
        TaxiiClient.as("alice").versions(SHARED, StixSamples.unknownId("indicator"), Query.none()),
        404);
  }

  @Test
  @DisplayName("5.8/3.4.1: match[spec_version] 2.0 leaves no version of a STIX 2.1 object")
  void matchSpecVersionFiltersVersions() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode indicator = StixSamples.indicator();
    alice.addAll(SHARED, indicator);
    String id = StixSamples.id(indicator);

    assertEquals(
        List.of(StixSamples.modified(indicator)),
        versions(assertEnvelope(alice.versions(SHARED, id, Query.none().specVersion("2.1")))));
    TaxiiClient.Reply none = alice.versions(SHARED, id, Query.none().specVersion("2.0"));
    // Nothing matches: an empty versions resource (no empty list, section 2) or 404.
    assertTrue(none.status() == 404 || versions(assertEnvelope(none)).isEmpty(), none::toString);
  }

  private static List<Instant> versions(JsonNode resource) {
    List<Instant> versions = new ArrayList<>();
    resource.path("versions").forEach(v -> versions.add(Instant.parse(v.asText())));
    return versions;
  }
}
