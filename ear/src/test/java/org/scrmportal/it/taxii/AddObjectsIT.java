package org.scrmportal.it.taxii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertEnvelope;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertError;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertStatusCountsAddUp;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertTaxiiMediaType;
import static org.scrmportal.it.taxii.TaxiiAssertions.ids;
import static org.scrmportal.it.taxii.TaxiiAssertions.modifieds;
import static org.scrmportal.it.taxii.TaxiiClient.SHARED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrmportal.it.taxii.TaxiiClient.Query;
import org.scrmportal.platform.TlpLevel;

/** Add Objects: {@code POST .../collections/{id}/objects/}. */
@DisplayName("TAXII 2.1 section 5.5: Add Objects")
class AddObjectsIT extends TaxiiTest {

  @Test
  @DisplayName(
      "5.5: an envelope is accepted with 202 and a status resource; its objects are then stored")
  void anEnvelopeIsAcceptedWith202AndAStatus() {
    TaxiiClient alice = TaxiiClient.as("alice");
    List<ObjectNode> objects = StixSamples.maliciousEmail();

    TaxiiClient.Reply reply = alice.postEnvelope(SHARED, objects);

    assertEquals(202, reply.status(), reply::toString);
    assertTaxiiMediaType(reply);
    JsonNode status = alice.awaitComplete(reply.json());
    assertStatusCountsAddUp(status);
    assertEquals(6, status.path("total_count").asInt());
    assertEquals(6, status.path("success_count").asInt(), status::toString);
    assertEquals(0, status.path("failure_count").asInt());
    assertEquals(0, status.path("pending_count").asInt());
    JsonNode stored = assertEnvelope(alice.objects(SHARED, Query.ids(StixSamples.ids(objects))));
    assertEquals(StixSamples.idSet(objects), Set.copyOf(ids(stored)));
  }

  @Test
  @DisplayName("5.5: resubmitting an identical object succeeds and does not duplicate it")
  void anIdenticalResubmissionIsNotDuplicated() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode indicator = StixSamples.indicator();
    String id = StixSamples.id(indicator);
    alice.addAll(SHARED, indicator);

    JsonNode again = alice.add(SHARED, indicator);

    assertEquals(1, again.path("success_count").asInt(), () -> "a resubmission succeeds: " + again);
    assertEquals(0, again.path("failure_count").asInt());
    JsonNode all = assertEnvelope(alice.objects(SHARED, Query.ids(id).version("all")));
    assertEquals(1, all.path("objects").size(), () -> "stored once: " + all);
    JsonNode versions = assertEnvelope(alice.versions(SHARED, id, Query.none()));
    assertEquals(1, versions.path("versions").size(), versions::toString);
    assertEquals(1, alice.allManifests(SHARED, Query.ids(id).version("all")).size());
  }

  @Test
  @DisplayName("5.5: an identical object twice in one envelope is stored once")
  void anIdenticalObjectTwiceInOneEnvelopeIsStoredOnce() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode indicator = StixSamples.indicator();

    JsonNode status = alice.add(SHARED, indicator, indicator.deepCopy());

    assertEquals(0, status.path("failure_count").asInt(), status::toString);
    assertEquals(
        1,
        assertEnvelope(alice.objects(SHARED, Query.ids(StixSamples.id(indicator)).version("all")))
            .path("objects")
            .size());
  }

  @Test
  @DisplayName("5.5: a newer modified adds a version, which becomes the one listed by default")
  void aNewerModifiedAddsAVersionThatBecomesTheDefault() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode v1 = StixSamples.indicator();
    ObjectNode v2 =
        StixSamples.with(StixSamples.newerVersion(v1, 1), "description", "Seen again in 2014.");
    String id = StixSamples.id(v1);
    alice.addAll(SHARED, v1);

    alice.addAll(SHARED, v2);

    JsonNode listed = assertEnvelope(alice.objects(SHARED, Query.ids(id)));
    assertEquals(Set.of(StixSamples.modified(v2)), modifieds(listed), "the newer one by default");
    assertEquals("Seen again in 2014.", listed.path("objects").get(0).path("description").asText());
    JsonNode one = assertEnvelope(alice.object(SHARED, id));
    assertEquals(Set.of(StixSamples.modified(v2)), modifieds(one), "also for Get an Object");
    assertEquals(
        Set.of(StixSamples.modified(v1), StixSamples.modified(v2)),
        modifieds(assertEnvelope(alice.objects(SHARED, Query.ids(id).version("all")))));
  }

  @Test
  @DisplayName(
      "5.5: one invalid object fails alone, with its reason; the valid objects of the envelope are"
          + " stored")
  void oneInvalidObjectFailsAlone() {
    TaxiiClient alice = TaxiiClient.as("alice");
    List<ObjectNode> valid = new ArrayList<>(StixSamples.indicatorToCampaign());
    ObjectNode invalid = StixSamples.without(StixSamples.indicator(), "valid_from");
    List<ObjectNode> objects = new ArrayList<>(valid);
    objects.add(invalid);

    JsonNode status = alice.add(SHARED, objects);

    assertStatusCountsAddUp(status);
    assertEquals(4, status.path("total_count").asInt());
    assertEquals(3, status.path("success_count").asInt(), status::toString);
    assertEquals(1, status.path("failure_count").asInt(), status::toString);
    JsonNode failure = status.path("failures").get(0);
    assertEquals(StixSamples.id(invalid), failure.path("id").asText());
    assertTrue(failure.path("message").asText().contains("valid_from"), failure::toString);
    assertEquals(
        StixSamples.idSet(valid),
        Set.copyOf(ids(assertEnvelope(alice.objects(SHARED, Query.ids(StixSamples.ids(objects)))))),
        "the valid objects stored, the invalid one not");
    assertError(alice.object(SHARED, StixSamples.id(invalid)), 404);
  }

  @Test
  @DisplayName("5.5: a machine client adds with its own token, for its organization")
  void aMachineClientAdds() {
    TaxiiClient machine = TaxiiClient.machine("acme-components-machine");
    ObjectNode indicator = StixSamples.indicator();

    machine.addAll(SHARED, indicator);

    assertEquals(
        List.of(StixSamples.id(indicator)),
        ids(assertEnvelope(TaxiiClient.as("adam").object(SHARED, StixSamples.id(indicator)))),
        "its organization's people read it");
  }

  @Test
  @DisplayName("5.5: a reader who may not write is refused with 403, and nothing is stored")
  void aReaderWhoMayNotWriteIsRefused() {
    TaxiiClient sam = TaxiiClient.as("sam");
    ObjectNode indicator = StixSamples.marked(StixSamples.indicator(), TlpLevel.CLEAR);

    TaxiiClient.Reply reply = sam.postEnvelope(SHARED, List.of(indicator));

    assertError(reply, 403);
    assertError(TaxiiClient.as("alice").object(SHARED, StixSamples.id(indicator)), 404);
  }

  @Test
  @DisplayName("5.5: without credentials, adding is 401 and nothing is stored")
  void addingWithoutCredentialsIs401() {
    ObjectNode indicator = StixSamples.marked(StixSamples.indicator(), TlpLevel.CLEAR);

    assertError(TaxiiClient.anonymous().postEnvelope(SHARED, List.of(indicator)), 401);
    assertError(TaxiiClient.as("alice").object(SHARED, StixSamples.id(indicator)), 404);
  }
}
