package org.scrmportal.it.taxii;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertError;
import static org.scrmportal.it.taxii.TaxiiClient.SHARED;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrmportal.it.taxii.TaxiiClient.Query;
import org.scrmportal.platform.TlpLevel;

/**
 * Every error is a TAXII error message (section 3.6.1) in the TAXII media type, with http_status
 * the status as a string: 400, 401, 403, 404, 406, 413 and 415.
 */
@DisplayName("TAXII 2.1 section 3.6.1: Error Message")
class ErrorsIT extends TaxiiTest {

  @Test
  @DisplayName("3.6.1: 400 (malformed JSON, not an envelope, bad filter value) is an error message")
  void badRequestIsAnErrorMessage() {
    TaxiiClient alice = TaxiiClient.as("alice");

    assertError(
        alice.post(TaxiiClient.objectsPath(SHARED), TaxiiClient.MEDIA_TYPE, "{\"objects\": ["),
        400);
    assertError(alice.post(TaxiiClient.objectsPath(SHARED), TaxiiClient.MEDIA_TYPE, "[]"), 400);
    assertError(alice.objects(SHARED, Query.none().with("limit", "-")), 400);
  }

  @Test
  @DisplayName("3.6.1: 401 (no or bad credentials) is an error message with WWW-Authenticate")
  void unauthorizedIsAnErrorMessageWithAChallenge() {
    for (TaxiiClient caller :
        List.of(
            TaxiiClient.anonymous(),
            TaxiiClient.withAuthorization("garbage bearer", "Bearer not-a-jwt"),
            TaxiiClient.basic("acme-components-machine", "wrong-secret"))) {
      TaxiiClient.Reply reply = caller.objects(SHARED, Query.none());
      assertError(reply, 401);
      assertFalse(
          reply.header("WWW-Authenticate").orElse("").isBlank(),
          () -> caller.name() + ": 401 says how to authenticate: " + reply.headers().map());
    }
  }

  @Test
  @DisplayName("3.6.1: 403 (may read, may not write) is an error message")
  void forbiddenIsAnErrorMessage() {
    TaxiiClient sam = TaxiiClient.as("sam");

    assertError(
        sam.postEnvelope(
            SHARED, List.of(StixSamples.marked(StixSamples.indicator(), TlpLevel.CLEAR))),
        403);
  }

  @Test
  @DisplayName("3.6.1: 404 (unknown collection, object, status) is an error message")
  void notFoundIsAnErrorMessage() {
    TaxiiClient alice = TaxiiClient.as("alice");

    assertError(alice.collection(UUID.randomUUID().toString()), 404);
    assertError(alice.object(SHARED, StixSamples.unknownId("malware")), 404);
    assertError(alice.versions(SHARED, StixSamples.unknownId("malware"), Query.none()), 404);
    assertError(alice.status(UUID.randomUUID().toString()), 404);
  }

  @Test
  @DisplayName("3.6.1: 406 (Accept not TAXII 2.1) is an error message in the TAXII media type")
  void notAcceptableIsAnErrorMessage() {
    JsonNode error =
        assertError(
            TaxiiClient.as("alice").getAccepting(TaxiiClient.collectionsPath(), "application/json"),
            406);

    assertTrue(error.path("title").asText().length() > 0);
  }

  @Test
  @DisplayName("3.6.1: 413 (body over max_content_length) is an error message")
  void payloadTooLargeIsAnErrorMessage() {
    TaxiiClient alice = TaxiiClient.as("alice");
    String[] id = new String[1];
    String body = StixSamples.envelopeOfBytes(alice.maxContentLength() + 1, id);

    assertError(
        alice.postExpectingContinue(TaxiiClient.objectsPath(SHARED), TaxiiClient.MEDIA_TYPE, body),
        413);
  }

  @Test
  @DisplayName("3.6.1: 415 (Content-Type not TAXII 2.1) is an error message")
  void unsupportedMediaTypeIsAnErrorMessage() {
    TaxiiClient alice = TaxiiClient.as("alice");

    assertError(
        alice.post(
            TaxiiClient.objectsPath(SHARED),
            "application/json",
            TaxiiClient.envelope(List.of(StixSamples.indicator())).toString()),
        415);
  }
}
