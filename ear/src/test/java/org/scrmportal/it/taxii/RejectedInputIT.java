package org.scrmportal.it.taxii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertEnvelope;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertError;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertStatusCountsAddUp;
import static org.scrmportal.it.taxii.TaxiiAssertions.ids;
import static org.scrmportal.it.taxii.TaxiiClient.SHARED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrmportal.it.taxii.TaxiiClient.Query;
import org.scrmportal.platform.TlpLevel;

/**
 * Input the server must refuse, and after which nothing is stored: malformed JSON, a body that is
 * no envelope, objects that break their schema, a bad STIX pattern, an unknown marking, a body over
 * max_content_length, JSON nested too deeply, wrong media types. Requests the server can refuse at
 * once are TAXII errors; objects it refuses after accepting the envelope are failures, each with a
 * reason, in a complete status (the contract).
 */
@DisplayName("Rejected input (TAXII 2.1 sections 3.6.1, 4.3, 5.5; the contract's error table)")
class RejectedInputIT extends TaxiiTest {

  @Test
  @DisplayName(
      "malformed JSON is 400 with an error message; the object before the break is not stored")
  void malformedJsonIs400() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode indicator = StixSamples.indicator();
    String truncated = "{\"objects\": [" + indicator + ", {\"type\": \"indicator\", ";

    assertError(
        alice.post(TaxiiClient.objectsPath(SHARED), TaxiiClient.MEDIA_TYPE, truncated), 400);
    assertNotStored(alice, indicator);
  }

  @Test
  @DisplayName(
      "a body that is no envelope (an array, objects not a list, no objects) is 400; nothing stored")
  void aBodyThatIsNoEnvelopeIs400() {
    TaxiiClient alice = TaxiiClient.as("alice");
    List<ObjectNode> tried = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    ObjectNode a = StixSamples.indicator();
    tried.add(a);
    bodies.add("[" + a + "]");
    ObjectNode b = StixSamples.indicator();
    tried.add(b);
    bodies.add("{\"objects\": " + b + "}");
    ObjectNode c = StixSamples.indicator();
    tried.add(c);
    // An envelope's properties are all optional (3.7), but one to add must carry objects (5.5).
    bodies.add("{\"items\": [" + c + "]}");
    bodies.add("\"objects\"");
    bodies.add("");

    for (String body : bodies) {
      assertError(alice.post(TaxiiClient.objectsPath(SHARED), TaxiiClient.MEDIA_TYPE, body), 400);
    }
    for (ObjectNode o : tried) {
      assertNotStored(alice, o);
    }
  }

  @Test
  @DisplayName(
      "an object breaking its schema (an indicator without valid_from) fails with a reason")
  void aSchemaInvalidObjectFails() {
    assertRefusedByStatus(StixSamples.without(StixSamples.indicator(), "valid_from"));
  }

  @Test
  @DisplayName("an object of the wrong type for its id, and one with modified before created, fail")
  void otherInvalidObjectsFail() {
    ObjectNode indicator = StixSamples.indicator();
    assertRefusedByStatus(StixSamples.with(indicator, "type", "malware"));
    ObjectNode backwards = StixSamples.indicator();
    assertRefusedByStatus(StixSamples.with(backwards, "modified", "2000-01-01T00:00:00.000Z"));
  }

  @Test
  @DisplayName(
      "an indicator whose STIX pattern does not parse (STIX 2.1 section 9) fails with a reason")
  void aBadPatternFails() {
    assertRefusedByStatus(
        StixSamples.with(StixSamples.indicator(), "pattern", "[ipv4-addr:value = '10.0.0.0'"));
    assertRefusedByStatus(
        // '==' is a valid comparison in the official grammar (EQ: '=' | '=='); a missing value
        // is not
        StixSamples.with(StixSamples.indicator(), "pattern", "[ipv4-addr:value = ]"));
  }

  @Test
  @DisplayName(
      "a STIX pattern nested 10,000 deep fails with a reason in a complete status, never pending")
  void aDeeplyNestedPatternFails() {
    // The pattern parser recurses per nesting level; the checker refuses more than 64 levels
    // before parsing (StixPatternChecker), so the status completes.
    String nested = "(".repeat(10_000) + "[ipv4-addr:value = '10.0.0.1']" + ")".repeat(10_000);
    ObjectNode indicator = StixSamples.with(StixSamples.indicator(), "pattern", nested);
    TaxiiClient alice = TaxiiClient.as("alice");

    JsonNode status = alice.add(SHARED, indicator);

    assertEquals("complete", status.path("status").asText(), status::toString);
    assertEquals(1, status.path("failure_count").asInt(), status::toString);
    assertTrue(
        reasonFor(status, StixSamples.id(indicator)).contains("deeper than the limit of 64"),
        status::toString);
    assertNotStored(alice, indicator);
    assertEquals(200, alice.apiRoot().status(), "the server is still there");
  }

  @Test
  @DisplayName("an object naming an unknown marking definition fails with a reason")
  void anUnknownMarkingReferenceFails() {
    ObjectNode campaign = StixSamples.campaignWithAnUnknownMarking();

    JsonNode status = assertRefusedByStatus(campaign);

    // The reason names the marking definition nobody defined (as the portal's STIX validator
    // words it).
    assertTrue(
        reasonFor(status, StixSamples.id(campaign)).contains(StixSamples.UNKNOWN_MARKING),
        status::toString);
  }

  @Test
  @DisplayName("a body over max_content_length is 413 with an error message; nothing stored")
  void aBodyOverMaxContentLengthIs413() {
    TaxiiClient alice = TaxiiClient.as("alice");
    String[] id = new String[1];
    String body = StixSamples.envelopeOfBytes(alice.maxContentLength() + 1, id);

    assertError(
        alice.postExpectingContinue(TaxiiClient.objectsPath(SHARED), TaxiiClient.MEDIA_TYPE, body),
        413);
    assertError(alice.object(SHARED, id[0]), 404);
  }

  @Test
  @DisplayName("JSON nested 10,000 deep is refused (400) without harm; nothing stored")
  void deeplyNestedJsonIsRefused() {
    // The contract does not name this case; like malformed JSON, the envelope cannot be read, so
    // 400 (3.6.1). The reader limits nesting (BundleLimits: depth 32).
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode indicator = StixSamples.indicator();
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    String inner = indicator.toString();
    String body =
        "{\"objects\": ["
            + inner.substring(0, inner.length() - 1)
            + ", \"x_nested\": "
            + deep
            + "}]}";

    assertError(alice.post(TaxiiClient.objectsPath(SHARED), TaxiiClient.MEDIA_TYPE, body), 400);
    assertNotStored(alice, indicator);
    assertEquals(200, alice.apiRoot().status(), "the server is still there");
  }

  @Test
  @DisplayName("wrong media types: 415 for the body, 406 for Accept; nothing stored")
  void wrongMediaTypesAreRefused() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode indicator = StixSamples.marked(StixSamples.indicator(), TlpLevel.CLEAR);
    String body = TaxiiClient.envelope(List.of(indicator)).toString();

    assertError(alice.post(TaxiiClient.objectsPath(SHARED), "application/json", body), 415);
    assertError(alice.post(TaxiiClient.objectsPath(SHARED), "application/xml", body), 415);
    assertError(
        alice.send(
            "POST",
            TaxiiClient.objectsPath(SHARED),
            Map.of("Accept", "application/xml", "Content-Type", TaxiiClient.MEDIA_TYPE),
            body,
            false),
        406);
    assertNotStored(alice, indicator);
  }

  @Test
  @DisplayName("a STIX 2.0 object (spec_version 2.0) fails with a reason")
  void aStix20ObjectFails() {
    // The collections hold STIX 2.1 (5.5: a server may refuse other versions; the contract
    // treats every invalid object alike: a failure in the status).
    assertRefusedByStatus(StixSamples.with(StixSamples.indicator(), "spec_version", "2.0"));
  }

  /**
   * Adds {@code invalid} together with a valid object: 202, then a complete status in which the
   * invalid one failed with a reason and the valid one was stored (TAXII 2.1 section 5.5: each
   * object on its own).
   */
  private static JsonNode assertRefusedByStatus(ObjectNode invalid) {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode valid = StixSamples.indicator();

    JsonNode status = alice.add(SHARED, valid, invalid);

    assertStatusCountsAddUp(status);
    assertEquals(2, status.path("total_count").asInt(), status::toString);
    assertEquals(1, status.path("success_count").asInt(), status::toString);
    assertEquals(1, status.path("failure_count").asInt(), status::toString);
    JsonNode failure = status.path("failures").get(0);
    assertFalse(failure.path("message").asText().isBlank(), () -> "a reason: " + status);
    assertEquals(StixSamples.id(invalid), failure.path("id").asText(), status::toString);
    assertEquals(
        200, alice.object(SHARED, StixSamples.id(valid)).status(), "the valid one is stored");
    assertNotStored(alice, invalid);
    return status;
  }

  /** The reason a status gives for the object {@code id}. */
  private static String reasonFor(JsonNode status, String id) {
    for (JsonNode f : status.path("failures")) {
      if (f.path("id").asText().equals(id)) {
        return f.path("message").asText();
      }
    }
    throw new AssertionError("no failure for " + id + ": " + status);
  }

  private static void assertNotStored(TaxiiClient client, JsonNode object) {
    String id = StixSamples.id(object);
    assertError(client.object(SHARED, id), 404);
    assertTrue(
        ids(assertEnvelope(client.objects(SHARED, Query.ids(id).version("all")))).isEmpty(),
        () -> id + " is not listed");
  }
}
