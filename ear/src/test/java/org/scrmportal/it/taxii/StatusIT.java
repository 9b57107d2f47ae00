package org.scrmportal.it.taxii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertError;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertStatusCountsAddUp;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertTaxiiMediaType;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertTaxiiTimestamp;
import static org.scrmportal.it.taxii.TaxiiClient.SHARED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Get Status: {@code GET /taxii2/scrm/status/{status-id}/}. */
@DisplayName("TAXII 2.1 section 4.3: Get Status")
class StatusIT extends TaxiiTest {

  @Test
  @DisplayName(
      "4.3.1: adding answers a status resource with an id, a status and counts that add up")
  void addingAnswersAStatusResource() {
    TaxiiClient alice = TaxiiClient.as("alice");
    List<ObjectNode> objects = StixSamples.indicators(2);

    TaxiiClient.Reply reply = alice.postEnvelope(SHARED, objects);

    assertEquals(202, reply.status(), reply::toString);
    assertTaxiiMediaType(reply);
    JsonNode status = reply.json();
    TaxiiAssertions.assertIdentifier(status.path("id").asText());
    assertTrue(
        Set.of("complete", "pending").contains(status.path("status").asText()),
        () -> "status is complete or pending: " + status);
    assertEquals(2, status.path("total_count").asInt(), status::toString);
    assertStatusCountsAddUp(status);
    if (status.has("request_timestamp")) {
      assertTaxiiTimestamp("request_timestamp", status.get("request_timestamp").asText());
    }
  }

  @Test
  @DisplayName(
      "4.3: polling the status by its id ends complete, each object a success with its version")
  void pollingTheStatusEndsCompleteWithEachSuccess() {
    TaxiiClient alice = TaxiiClient.as("alice");
    List<ObjectNode> objects = StixSamples.indicatorToCampaign();
    TaxiiClient.Reply reply = alice.postEnvelope(SHARED, objects);
    String id = reply.json().path("id").asText();

    JsonNode done = alice.awaitComplete(reply.json());

    TaxiiClient.Reply polled = alice.status(id);
    assertEquals(200, polled.status(), polled::toString);
    assertTaxiiMediaType(polled);
    assertEquals(id, polled.json().path("id").asText());
    assertEquals("complete", done.path("status").asText());
    assertStatusCountsAddUp(done);
    assertEquals(3, done.path("total_count").asInt());
    assertEquals(3, done.path("success_count").asInt(), done::toString);
    assertEquals(0, done.path("failure_count").asInt());
    assertEquals(0, done.path("pending_count").asInt());
    Map<String, Instant> expected = new HashMap<>();
    objects.forEach(o -> expected.put(StixSamples.id(o), StixSamples.modified(o)));
    Map<String, Instant> successes = new HashMap<>();
    done.path("successes")
        .forEach(
            s -> successes.put(s.path("id").asText(), Instant.parse(s.path("version").asText())));
    assertEquals(expected, successes, "each object a success, version = its modified (4.3.1)");
  }

  @Test
  @DisplayName("4.3.1: a status lists each success and each failure with id, version and a message")
  void aStatusListsEachObjectWithAReason() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode good = StixSamples.indicator();
    ObjectNode badPattern =
        StixSamples.with(StixSamples.indicator(), "pattern", "[ipv4-addr:value = '10.0.0.1'");

    JsonNode status = alice.add(SHARED, good, badPattern);

    assertStatusCountsAddUp(status);
    assertEquals(2, status.path("total_count").asInt());
    assertEquals(1, status.path("success_count").asInt(), status::toString);
    assertEquals(1, status.path("failure_count").asInt(), "each object on its own: " + status);
    assertEquals(StixSamples.id(good), status.path("successes").get(0).path("id").asText());
    assertEquals(StixSamples.id(badPattern), status.path("failures").get(0).path("id").asText());
    Map<String, String> messages = new HashMap<>();
    status
        .path("successes")
        .forEach(f -> messages.put(f.path("id").asText(), f.path("message").asText()));
    status
        .path("failures")
        .forEach(f -> messages.put(f.path("id").asText(), f.path("message").asText()));
    assertEquals(Set.of(StixSamples.id(good), StixSamples.id(badPattern)), messages.keySet());
    messages.forEach(
        (id, message) ->
            assertFalse(message.isBlank(), () -> "a reason for " + id + ": " + status));
  }

  @Test
  @DisplayName("4.3: a large envelope is accepted at once; every status seen on the way adds up")
  void aLargeEnvelopeCompletesAndEveryStatusOnTheWayAddsUp() {
    TaxiiClient alice = TaxiiClient.as("alice");
    List<ObjectNode> objects = StixSamples.indicators(500);

    TaxiiClient.Reply reply = alice.postEnvelope(SHARED, objects);

    assertEquals(202, reply.status(), reply::toString);
    JsonNode first = reply.json();
    assertEquals(500, first.path("total_count").asInt(), first::toString);
    assertStatusCountsAddUp(first);
    String id = first.path("id").asText();
    JsonNode current = first;
    long deadline = System.nanoTime() + TaxiiClient.STATUS_TIMEOUT.toNanos();
    while (!"complete".equals(current.path("status").asText())) {
      assertTrue(System.nanoTime() < deadline, () -> "still pending: " + id);
      TaxiiClient.sleep(100);
      current = alice.status(id).json();
      assertEquals(500, current.path("total_count").asInt(), current::toString);
      assertStatusCountsAddUp(current);
    }
    assertEquals(500, current.path("success_count").asInt(), current::toString);
    assertEquals(0, current.path("pending_count").asInt());
  }

  @Test
  @DisplayName(
      "4.3: a status is for its submitter (by subject) and their organization; another"
          + " organization gets 404, as for an unknown id")
  void aStatusIsForItsSubmitterAndTheirOrganizationOnly() {
    TaxiiClient alice = TaxiiClient.as("alice");
    String id = alice.add(SHARED, StixSamples.indicator()).path("id").asText();

    assertEquals(200, alice.status(id).status(), "the submitter");
    assertEquals(200, TaxiiClient.as("adam").status(id).status(), "a colleague at Acme");
    assertEquals(
        200,
        TaxiiClient.machine("acme-components-machine").status(id).status(),
        "Acme's machine client");
    assertError(TaxiiClient.as("nora").status(id), 404);
    assertError(TaxiiClient.machine("northgrid-energy-machine").status(id), 404);
    assertError(TaxiiClient.as("olivia").status(id), 404);
    assertEquals(401, TaxiiClient.anonymous().status(id).status());
  }

  @Test
  @DisplayName("4.3: a machine client (client credentials) reads the statuses of what it added")
  void aMachineClientReadsItsOwnStatus() {
    TaxiiClient machine = TaxiiClient.machine("northgrid-energy-machine");
    JsonNode done = machine.add(SHARED, StixSamples.indicator());

    assertEquals("complete", done.path("status").asText(), done::toString);
    assertEquals(200, machine.status(done.path("id").asText()).status());
    assertError(TaxiiClient.as("alice").status(done.path("id").asText()), 404);
  }

  @Test
  @DisplayName("4.3: an unknown status id is 404 with an error message")
  void anUnknownStatusIs404() {
    assertError(TaxiiClient.as("alice").status(UUID.randomUUID().toString()), 404);
  }
}
