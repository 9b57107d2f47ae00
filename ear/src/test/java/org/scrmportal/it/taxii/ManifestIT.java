package org.scrmportal.it.taxii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertEnvelope;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertTaxiiTimestamp;
import static org.scrmportal.it.taxii.TaxiiAssertions.ids;
import static org.scrmportal.it.taxii.TaxiiAssertions.occurrences;
import static org.scrmportal.it.taxii.TaxiiClient.SHARED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrmportal.it.taxii.TaxiiClient.Query;

/** Get Object Manifests: {@code GET .../collections/{id}/manifest/}. */
@DisplayName("TAXII 2.1 section 5.3: Get Object Manifests")
class ManifestIT extends TaxiiTest {

  @Test
  @DisplayName(
      "5.3.1: a manifest record has the id, date_added (microseconds), version and media_type")
  void aManifestRecordDescribesTheObject() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode indicator = StixSamples.indicator();
    alice.addAll(SHARED, indicator);

    JsonNode manifest =
        assertEnvelope(alice.manifest(SHARED, Query.ids(StixSamples.id(indicator))));

    assertEquals(1, manifest.path("objects").size(), manifest::toString);
    JsonNode record = manifest.path("objects").get(0);
    assertEquals(StixSamples.id(indicator), record.path("id").asText());
    assertTaxiiTimestamp("date_added", record.path("date_added").asText());
    assertEquals(
        StixSamples.modified(indicator),
        Instant.parse(record.path("version").asText()),
        "version is the object's modified (5.3.1)");
    if (record.has("media_type")) {
      assertEquals(TaxiiClient.STIX_MEDIA_TYPE, record.get("media_type").asText());
    }
  }

  @Test
  @DisplayName(
      "5.3/3.4.1: the manifest lists the latest version by default, every one with match[version]=all")
  void theManifestFollowsMatchVersion() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode v1 = StixSamples.indicator();
    ObjectNode v2 = StixSamples.newerVersion(v1, 1);
    alice.addAll(SHARED, v1);
    alice.addAll(SHARED, v2);
    String id = StixSamples.id(v1);

    JsonNode latest = assertEnvelope(alice.manifest(SHARED, Query.ids(id)));
    JsonNode all = assertEnvelope(alice.manifest(SHARED, Query.ids(id).version("all")));

    assertEquals(1, latest.path("objects").size(), latest::toString);
    assertEquals(
        StixSamples.modified(v2),
        Instant.parse(latest.path("objects").get(0).path("version").asText()));
    assertEquals(
        Set.of(StixSamples.modified(v1), StixSamples.modified(v2)),
        versions(all),
        () -> "every version: " + all);
  }

  @Test
  @DisplayName("5.3/3.5: the manifest pages with limit, more and next, each record once")
  void theManifestPagesWithLimitAndNext() {
    TaxiiClient alice = TaxiiClient.as("alice");
    List<ObjectNode> objects = StixSamples.indicators(5);
    alice.addAll(SHARED, objects);
    Query query = Query.ids(StixSamples.ids(objects)).limit(2);

    JsonNode first = assertEnvelope(alice.manifest(SHARED, query));
    List<JsonNode> all = alice.allManifests(SHARED, query);

    assertTrue(first.path("objects").size() <= 2, () -> "at most limit records: " + first);
    assertTrue(first.path("more").asBoolean(), () -> "5 records, 2 a page: more: " + first);
    List<String> seen = TaxiiAssertions.ids(all);
    assertEquals(StixSamples.idSet(objects), Set.copyOf(seen));
    assertEquals(5, seen.size(), () -> "each record once: " + occurrences(seen));
  }

  @Test
  @DisplayName(
      "5.3/3.2: X-TAXII-Date-Added-First and -Last are the first and last record's date_added")
  void theDateAddedHeadersFrameThePage() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode a = StixSamples.indicator();
    ObjectNode b = StixSamples.indicator();
    alice.addAll(SHARED, a);
    alice.addAll(SHARED, b);

    TaxiiClient.Reply reply =
        alice.manifest(SHARED, Query.ids(StixSamples.id(a), StixSamples.id(b)));

    JsonNode manifest = assertEnvelope(reply);
    assertEquals(
        List.of(StixSamples.id(a), StixSamples.id(b)), ids(manifest), "oldest first (3.3)");
    JsonNode records = manifest.path("objects");
    assertEquals(
        Instant.parse(records.get(0).path("date_added").asText()),
        Instant.parse(reply.header("X-TAXII-Date-Added-First").orElseThrow()));
    assertEquals(
        Instant.parse(records.get(1).path("date_added").asText()),
        Instant.parse(reply.header("X-TAXII-Date-Added-Last").orElseThrow()));
    assertTaxiiTimestamp(
        "X-TAXII-Date-Added-First", reply.header("X-TAXII-Date-Added-First").get());
  }

  @Test
  @DisplayName("5.3: the manifest lists the same objects, in the same order, as Get Objects")
  void theManifestAgreesWithGetObjects() {
    TaxiiClient alice = TaxiiClient.as("alice");
    List<ObjectNode> objects = StixSamples.maliciousEmail();
    alice.addAll(SHARED, objects);
    Query query = Query.ids(StixSamples.ids(objects));

    List<String> manifest = TaxiiAssertions.ids(alice.allManifests(SHARED, query));
    List<String> listed = TaxiiAssertions.ids(alice.allObjects(SHARED, query));

    assertEquals(listed, manifest);
    assertEquals(StixSamples.idSet(objects), Set.copyOf(manifest));
  }

  @Test
  @DisplayName("5.3/3.4.1: match[type] filters the manifest by STIX type")
  void matchTypeFiltersTheManifest() {
    TaxiiClient alice = TaxiiClient.as("alice");
    List<ObjectNode> objects = StixSamples.indicatorToCampaign();
    alice.addAll(SHARED, objects);

    JsonNode manifest =
        assertEnvelope(
            alice.manifest(SHARED, Query.ids(StixSamples.ids(objects)).type("relationship")));

    assertEquals(List.of(StixSamples.id(objects.get(2))), ids(manifest));
  }

  private static Set<Instant> versions(JsonNode manifest) {
    List<Instant> versions = new ArrayList<>();
    manifest.path("objects").forEach(r -> versions.add(Instant.parse(r.path("version").asText())));
    assertEquals(versions.size(), Set.copyOf(versions).size(), "each version once");
    return versions.stream().collect(Collectors.toSet());
  }
}
