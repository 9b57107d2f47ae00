package org.scrmportal.it.taxii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertEnvelope;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertError;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertStatusCountsAddUp;
import static org.scrmportal.it.taxii.TaxiiAssertions.ids;
import static org.scrmportal.it.taxii.TaxiiClient.SHARED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrmportal.it.support.Api;
import org.scrmportal.it.taxii.TaxiiClient.Query;
import org.scrmportal.platform.TlpLevel;

/**
 * What real feeds do to the store: envelopes of thousands of objects with complete status lists,
 * one bad object among valid ones, the same object shared by several organizations, and probes for
 * objects the prober may not see (TAXII 2.1 sections 4.3 and 5.5; STIX 2.1 sections 2.9 and 3.6).
 */
@DisplayName("Real feeds: per-object acceptance, shares, no existence oracle (TAXII 2.1 4.3, 5.5)")
class SharedObjectsIT extends TaxiiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void vettedTiers() {
    Portal.ensureDemoTiers();
  }

  @Test
  @DisplayName(
      "4.3: a 5,000-object envelope with one invalid object: 4,999 stored, the lists as long as"
          + " the counts")
  void fiveThousandObjectsWithOneInvalidGiveCompleteLists() {
    TaxiiClient alice = TaxiiClient.as("alice");
    List<ObjectNode> objects = new ArrayList<>(StixSamples.indicators(4_999));
    ObjectNode invalid = StixSamples.without(StixSamples.indicator(), "valid_from");
    objects.add(2_500, invalid);

    JsonNode status = alice.add(SHARED, objects);

    assertStatusCountsAddUp(status);
    assertEquals(5_000, status.path("total_count").asInt());
    assertEquals(4_999, status.path("success_count").asInt());
    assertEquals(4_999, status.path("successes").size(), "every success listed");
    assertEquals(1, status.path("failures").size());
    assertEquals(StixSamples.id(invalid), status.path("failures").get(0).path("id").asText());
    Set<String> listed = new HashSet<>();
    status.path("successes").forEach(s -> listed.add(s.path("id").asText()));
    Set<String> expected = new HashSet<>(StixSamples.idSet(objects));
    expected.remove(StixSamples.id(invalid));
    assertEquals(expected, listed);
    assertError(alice.object(SHARED, StixSamples.id(invalid)), 404);
    assertEquals(
        1,
        assertEnvelope(alice.object(SHARED, StixSamples.id(objects.get(4_000))))
            .path("objects")
            .size());
  }

  @Test
  @DisplayName(
      "two organizations share the same SDO and SCO under different markings: each sees them, a"
          + " third only through the share that names it")
  void eachSharingOrganizationAddsItsAudience() {
    ObjectNode indicator = StixSamples.indicator();
    ObjectNode address = address("203.0.113." + (1 + (int) (Math.random() * 250)));
    String indicatorId = StixSamples.id(indicator);
    String addressId = StixSamples.id(address);
    TaxiiClient alice = TaxiiClient.as("alice");
    TaxiiClient nora = TaxiiClient.as("nora");
    TaxiiClient gina = TaxiiClient.as("gina");

    // Acme shares both unmarked: its default, TLP:AMBER for itself only
    alice.addAll(SHARED, indicator, address);
    assertVisibility(alice, true, indicatorId, addressId);
    assertVisibility(nora, false, indicatorId, addressId);
    assertVisibility(gina, false, indicatorId, addressId);

    // Northgrid shares the very same objects, TLP:AMBER+STRICT for itself and the agency
    ObjectNode bundle = JSON.createObjectNode();
    bundle.put("type", "bundle").put("id", "bundle--" + UUID.randomUUID());
    ArrayNode list = bundle.putArray("objects");
    list.add(indicator.deepCopy());
    list.add(address.deepCopy());
    Api.Reply shared =
        Api.as("nora")
            .post(
                "/api/stix/bundles?collection=" + SHARED + "&tlp=AMBER_STRICT&organization=ncsa",
                bundle);
    assertEquals(202, shared.status(), shared::toString);
    // the same submission's TAXII status resource
    JsonNode status = nora.awaitComplete(nora.status(shared.json().path("id").asText()).json());
    assertEquals(2, status.path("success_count").asInt(), status::toString);

    assertVisibility(alice, true, indicatorId, addressId);
    assertVisibility(nora, true, indicatorId, addressId);
    assertVisibility(gina, true, indicatorId, addressId);
    assertVisibility(TaxiiClient.as("sam"), false, indicatorId, addressId);
    assertEquals(
        1,
        assertEnvelope(alice.objects(SHARED, Query.ids(indicatorId).version("all")))
            .path("objects")
            .size(),
        "stored once");
  }

  @Test
  @DisplayName(
      "a probe for an object the prober may not see is answered exactly as for a new object"
          + " (whole status bodies compared)")
  void aProbeReadsLikeANewObject() {
    TaxiiClient alice = TaxiiClient.as("alice");
    TaxiiClient nora = TaxiiClient.as("nora");
    ObjectNode hidden = StixSamples.marked(StixSamples.indicator(), TlpLevel.RED);
    alice.addAll(SHARED, hidden);
    String hiddenId = StixSamples.id(hidden);

    List<ObjectNode> probes =
        List.of(
            // same id and modified, other content
            StixSamples.with(hidden, "description", "probe"),
            // a later version
            StixSamples.newerVersion(hidden, 3));
    for (ObjectNode probe : probes) {
      String freshId = "indicator--" + UUID.randomUUID();
      ObjectNode control = StixSamples.with(probe, "id", freshId);
      JsonNode answer = nora.add(SHARED, probe);
      JsonNode expected = nora.add(SHARED, control);
      assertEquals(normalized(expected, freshId), normalized(answer, hiddenId), "probe " + probe);
    }
    // and nothing of Acme's object became visible to Northgrid
    JsonNode seen = assertEnvelope(nora.objects(SHARED, Query.ids(hiddenId).version("all")));
    for (JsonNode o : seen.path("objects")) {
      assertTrue(
          o.path("description").asText().equals("probe")
              || !o.path("modified").asText().equals(hidden.path("modified").asText()),
          () -> "Northgrid sees only its own versions: " + seen);
    }
  }

  /** A status resource without what differs between any two submissions: its id and times. */
  private static String normalized(JsonNode status, String objectId) {
    ObjectNode copy = status.deepCopy();
    copy.remove("id");
    copy.remove("request_timestamp");
    return copy.toString().replace(objectId, "ID");
  }

  private static ObjectNode address(String value) {
    ObjectNode address = JSON.createObjectNode();
    address.put("type", "ipv4-addr");
    address.put("spec_version", "2.1");
    address.put("id", "ipv4-addr--" + UUID.randomUUID());
    address.put("value", value);
    return address;
  }

  private static void assertVisibility(TaxiiClient client, boolean visible, String... ids) {
    for (String id : ids) {
      if (visible) {
        assertEquals(
            Set.of(id),
            Set.copyOf(ids(assertEnvelope(client.object(SHARED, id)))),
            () -> client + " sees " + id);
      } else {
        assertError(client.object(SHARED, id), 404);
      }
    }
  }
}
