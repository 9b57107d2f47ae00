package org.scrmportal.it.taxii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertEnvelope;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertError;
import static org.scrmportal.it.taxii.TaxiiAssertions.ids;
import static org.scrmportal.it.taxii.TaxiiAssertions.modifieds;
import static org.scrmportal.it.taxii.TaxiiClient.SHARED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrmportal.it.taxii.TaxiiClient.Query;

/** Get an Object: {@code GET .../collections/{id}/objects/{object-id}/}. */
@DisplayName("TAXII 2.1 section 5.6: Get an Object")
class GetAnObjectIT extends TaxiiTest {

  @Test
  @DisplayName("5.6: an object comes back alone in an envelope, as it was added")
  void anObjectComesBackInAnEnvelope() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode indicator = StixSamples.indicator();
    alice.addAll(SHARED, indicator);

    JsonNode envelope = assertEnvelope(alice.object(SHARED, StixSamples.id(indicator)));

    assertEquals(List.of(StixSamples.id(indicator)), ids(envelope));
    JsonNode returned = envelope.path("objects").get(0);
    for (String property : List.of("type", "spec_version", "name", "pattern", "pattern_type")) {
      assertEquals(indicator.path(property), returned.path(property), property);
    }
    assertEquals(StixSamples.modified(indicator), StixSamples.modified(returned));
  }

  @Test
  @DisplayName(
      "5.6/3.4.1: by default the latest version; match[version] first, all and a timestamp")
  void matchVersionSelectsTheVersions() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode v1 = StixSamples.indicator();
    ObjectNode v2 = StixSamples.newerVersion(v1, 1);
    ObjectNode v3 = StixSamples.newerVersion(v1, 2);
    alice.addAll(SHARED, v1);
    alice.addAll(SHARED, v2);
    alice.addAll(SHARED, v3);
    String id = StixSamples.id(v1);
    Instant t1 = StixSamples.modified(v1);
    Instant t2 = StixSamples.modified(v2);
    Instant t3 = StixSamples.modified(v3);

    assertEquals(Set.of(t3), modifieds(assertEnvelope(alice.object(SHARED, id))), "default: last");
    assertEquals(Set.of(t1), modifieds(one(alice, id, Query.none().version("first"))));
    assertEquals(Set.of(t3), modifieds(one(alice, id, Query.none().version("last"))));
    assertEquals(Set.of(t1, t2, t3), modifieds(one(alice, id, Query.none().version("all"))));
    assertEquals(
        Set.of(t2), modifieds(one(alice, id, Query.none().version(v2.path("modified").asText()))));
  }

  @Test
  @DisplayName("5.6/3.2: the answer carries X-TAXII-Date-Added-First and -Last")
  void theAnswerCarriesTheDateAddedHeaders() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode indicator = StixSamples.indicator();
    alice.addAll(SHARED, indicator);
    String dateAdded =
        alice
            .manifest(SHARED, Query.ids(StixSamples.id(indicator)))
            .json()
            .path("objects")
            .get(0)
            .path("date_added")
            .asText();

    TaxiiClient.Reply reply = alice.object(SHARED, StixSamples.id(indicator));

    assertEnvelope(reply);
    assertEquals(
        Instant.parse(dateAdded),
        Instant.parse(reply.header("X-TAXII-Date-Added-First").orElseThrow()));
    assertEquals(
        Instant.parse(dateAdded),
        Instant.parse(reply.header("X-TAXII-Date-Added-Last").orElseThrow()));
  }

  @Test
  @DisplayName("5.6: an unknown object is 404 with an error message")
  void anUnknownObjectIs404() {
    assertError(TaxiiClient.as("alice").object(SHARED, StixSamples.unknownId("indicator")), 404);
  }

  @Test
  @DisplayName("5.6: an object of another collection is 404 in this one")
  void anObjectOfAnotherCollectionIs404Here() {
    Portal.ensureDemoTiers();
    TaxiiClient gina = TaxiiClient.as("gina");
    ObjectNode indicator = StixSamples.indicator();
    gina.addAll(SHARED, indicator);

    assertError(gina.object(TaxiiClient.TIER_T3, StixSamples.id(indicator)), 404);
    assertTrue(ids(assertEnvelope(gina.object(SHARED, StixSamples.id(indicator)))).size() == 1);
  }

  @Test
  @DisplayName("5.6: a malformed object id is 404 (or 400), never a server error")
  void aMalformedObjectIdIsNotFound() {
    // The contract names no answer for an id that is no STIX id; 5.6 knows 400 and 404.
    TaxiiClient.Reply reply = TaxiiClient.as("alice").object(SHARED, "not-a-stix-id");

    assertTrue(reply.status() == 404 || reply.status() == 400, reply::toString);
    assertError(reply, reply.status());
  }

  private static JsonNode one(TaxiiClient client, String id, Query query) {
    return assertEnvelope(client.object(SHARED, id, query));
  }
}
