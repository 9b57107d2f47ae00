package org.scrmportal.it.taxii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertError;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertIdentifier;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertTaxiiMediaType;
import static org.scrmportal.it.taxii.TaxiiClient.SHARED;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Get Collections and Get a Collection. */
@DisplayName("TAXII 2.1 sections 5.1 and 5.2: Get Collections, Get a Collection")
class CollectionsIT extends TaxiiTest {

  @Test
  @DisplayName("5.1.1/5.2.1: every collection has an id (UUID), a title, can_read and can_write")
  void everyCollectionHasItsRequiredProperties() {
    TaxiiClient.Reply reply = TaxiiClient.as("gina").collections();

    assertEquals(200, reply.status(), reply::toString);
    assertTaxiiMediaType(reply);
    JsonNode collections = reply.json().path("collections");
    assertTrue(collections.isArray() && !collections.isEmpty(), reply::toString);
    for (JsonNode c : collections) {
      assertIdentifier(c.path("id").asText());
      assertTrue(c.path("title").isTextual() && !c.path("title").asText().isBlank(), c::toString);
      assertTrue(c.path("can_read").isBoolean(), () -> "can_read is required: " + c);
      assertTrue(c.path("can_write").isBoolean(), () -> "can_write is required: " + c);
      if (c.has("media_types")) {
        assertTrue(
            c.get("media_types").toString().contains(TaxiiClient.STIX_MEDIA_TYPE),
            () -> "a collection of STIX 2.1 objects names their media type: " + c);
      }
    }
  }

  @Test
  @DisplayName("5.1: the shared indicators collection is listed for every signed-in member")
  void theSharedCollectionIsListedForEveryMember() {
    for (String person : new String[] {"alice", "adam", "nora", "gina", "sam"}) {
      Map<String, JsonNode> collections = byId(TaxiiClient.as(person).collections());
      assertTrue(collections.containsKey(SHARED), () -> person + " sees Shared indicators");
      assertEquals("Shared indicators", collections.get(SHARED).path("title").asText());
      assertTrue(collections.get(SHARED).path("can_read").asBoolean(), person);
    }
  }

  @Test
  @DisplayName("5.2: a collection is the same resource as its entry in the list")
  void aCollectionIsTheSameAsItsEntryInTheList() {
    TaxiiClient nora = TaxiiClient.as("nora");
    Map<String, JsonNode> listed = byId(nora.collections());

    for (Map.Entry<String, JsonNode> e : listed.entrySet()) {
      TaxiiClient.Reply one = nora.collection(e.getKey());
      assertEquals(200, one.status(), one::toString);
      assertTaxiiMediaType(one);
      assertEquals(e.getValue(), one.json(), "GET collection " + e.getKey());
    }
  }

  @Test
  @DisplayName("5.1.1: can_write says who may add to Shared indicators (submitters and analysts)")
  void canWriteIsPerCaller() {
    assertTrue(canWrite(TaxiiClient.as("alice"), SHARED), "alice is a submitter");
    assertTrue(canWrite(TaxiiClient.as("gina"), SHARED), "gina is an analyst");
    assertTrue(
        canWrite(TaxiiClient.machine("acme-components-machine"), SHARED),
        "Acme's machine client is a submitter");
    assertFalse(canWrite(TaxiiClient.as("sam"), SHARED), "sam neither submits nor analyses");
    assertFalse(
        canWrite(TaxiiClient.machine("cyber-standards-board-machine"), SHARED),
        "nor does the standards board's machine client");
  }

  @Test
  @DisplayName("5.2: an unknown collection is 404 with an error message")
  void anUnknownCollectionIs404() {
    TaxiiClient alice = TaxiiClient.as("alice");
    String unknown = UUID.randomUUID().toString();

    assertError(alice.collection(unknown), 404);
    assertError(alice.objects(unknown, TaxiiClient.Query.none()), 404);
    assertError(alice.manifest(unknown, TaxiiClient.Query.none()), 404);
  }

  private static boolean canWrite(TaxiiClient client, String collection) {
    JsonNode c = byId(client.collections()).get(collection);
    assertTrue(c != null, () -> client.name() + " sees " + collection);
    return c.path("can_write").asBoolean();
  }

  static Map<String, JsonNode> byId(TaxiiClient.Reply collections) {
    assertEquals(200, collections.status(), collections::toString);
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    collections.json().path("collections").forEach(c -> byId.put(c.path("id").asText(), c));
    return byId;
  }
}
