package org.scrmportal.it.taxii;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertError;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertTaxiiMediaType;
import static org.scrmportal.it.taxii.TaxiiClient.SHARED;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.scrmportal.it.taxii.TaxiiClient.Query;

/**
 * Content negotiation: {@code Accept} and {@code Content-Type} must be the TAXII 2.1 media type,
 * else 406 and 415 with a TAXII error message.
 */
@DisplayName("TAXII 2.1 section 1.6.8: Content Negotiation")
class ContentNegotiationIT extends TaxiiTest {

  /** A GET endpoint of every kind, with an object to read. */
  private static List<String> endpoints(TaxiiClient alice) {
    ObjectNode indicator = StixSamples.indicator();
    String status = alice.add(SHARED, indicator).path("id").asText();
    String id = StixSamples.id(indicator);
    return List.of(
        TaxiiClient.DISCOVERY,
        TaxiiClient.API_ROOT,
        TaxiiClient.statusPath(status),
        TaxiiClient.collectionsPath(),
        TaxiiClient.collectionPath(SHARED),
        TaxiiClient.objectsPath(SHARED) + Query.ids(id),
        TaxiiClient.objectPath(SHARED, id),
        TaxiiClient.versionsPath(SHARED, id),
        TaxiiClient.manifestPath(SHARED) + Query.ids(id));
  }

  @Test
  @DisplayName("1.6.8: Accept application/taxii+json;version=2.1 is answered in that media type")
  void theTaxiiMediaTypeIsAnsweredInKind() {
    TaxiiClient alice = TaxiiClient.as("alice");
    List<Executable> checks = new ArrayList<>();
    for (String path : endpoints(alice)) {
      TaxiiClient.Reply reply = alice.getAccepting(path, TaxiiClient.MEDIA_TYPE);
      checks.add(() -> assertEquals(200, reply.status(), () -> path + ": " + reply));
      checks.add(() -> assertTaxiiMediaType(reply));
    }
    assertAll(checks);
  }

  @Test
  @DisplayName("1.6.8: no Accept, */* and application/taxii+json without version are accepted")
  void lenientAcceptHeadersAreAccepted() {
    // The contract: "no Accept or */* is accepted"; 1.6.8.1: application/taxii+json without a
    // version means the latest version the server supports (2.1 here).
    TaxiiClient alice = TaxiiClient.as("alice");
    List<Executable> checks = new ArrayList<>();
    for (String path : endpoints(alice)) {
      for (String accept : new String[] {null, "*/*", "application/taxii+json"}) {
        TaxiiClient.Reply reply = alice.getAccepting(path, accept);
        checks.add(
            () -> assertEquals(200, reply.status(), () -> accept + " " + path + ": " + reply));
        checks.add(() -> assertTaxiiMediaType(reply));
      }
    }
    assertAll(checks);
  }

  @Test
  @DisplayName("1.6.8: an Accept the server cannot answer is 406 with an error message")
  void anUnacceptableAcceptIs406() {
    TaxiiClient alice = TaxiiClient.as("alice");
    List<Executable> checks = new ArrayList<>();
    for (String path : endpoints(alice)) {
      for (String accept :
          new String[] {
            "application/json",
            "application/taxii+json;version=2.0",
            "application/stix+json;version=2.1",
            "text/html"
          }) {
        TaxiiClient.Reply reply = alice.getAccepting(path, accept);
        checks.add(() -> assertError(reply, 406));
      }
    }
    assertAll(checks);
  }

  @Test
  @DisplayName("1.6.8: POST with a Content-Type other than TAXII 2.1 is 415; nothing is stored")
  void aWrongContentTypeIs415() {
    TaxiiClient alice = TaxiiClient.as("alice");
    List<Executable> checks = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (String contentType :
        new String[] {
          "application/json",
          "application/stix+json;version=2.1",
          "application/taxii+json;version=2.0",
          "text/plain"
        }) {
      ObjectNode indicator = StixSamples.indicator();
      ids.add(StixSamples.id(indicator));
      TaxiiClient.Reply reply =
          alice.post(
              TaxiiClient.objectsPath(SHARED),
              contentType,
              TaxiiClient.envelope(List.of(indicator)).toString());
      checks.add(() -> assertError(reply, 415));
    }
    TaxiiClient.Reply none =
        alice.post(
            TaxiiClient.objectsPath(SHARED),
            null,
            TaxiiClient.envelope(List.of(StixSamples.indicator())).toString());
    checks.add(() -> assertError(none, 415));
    assertAll(checks);
    assertTrue(
        TaxiiAssertions.ids(TaxiiAssertions.assertEnvelope(alice.objects(SHARED, Query.ids(ids))))
            .isEmpty(),
        "nothing stored");
  }

  @Test
  @DisplayName("1.6.8: POST with the TAXII 2.1 Content-Type but an unacceptable Accept is 406")
  void aPostWithAnUnacceptableAcceptIs406() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode indicator = StixSamples.indicator();

    TaxiiClient.Reply reply =
        alice.send(
            "POST",
            TaxiiClient.objectsPath(SHARED),
            Map.of("Accept", "application/json", "Content-Type", TaxiiClient.MEDIA_TYPE),
            TaxiiClient.envelope(List.of(indicator)).toString(),
            false);

    assertError(reply, 406);
    assertError(alice.object(SHARED, StixSamples.id(indicator)), 404);
  }
}
