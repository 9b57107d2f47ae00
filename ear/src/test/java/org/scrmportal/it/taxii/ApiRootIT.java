package org.scrmportal.it.taxii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertError;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertTaxiiMediaType;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Get API Root Information: {@code GET /taxii2/scrm/}. */
@DisplayName("TAXII 2.1 section 4.2: Get API Root Information")
class ApiRootIT extends TaxiiTest {

  @Test
  @DisplayName("4.2.1: the API root has a title, versions with TAXII 2.1, and max_content_length")
  void apiRootResourceHasItsRequiredProperties() {
    TaxiiClient.Reply reply = TaxiiClient.as("alice").apiRoot();

    assertEquals(200, reply.status(), reply::toString);
    assertTaxiiMediaType(reply);
    JsonNode root = reply.json();
    assertTrue(root.path("title").isTextual() && !root.path("title").asText().isBlank());
    List<String> versions = new ArrayList<>();
    root.path("versions").forEach(v -> versions.add(v.asText()));
    assertTrue(
        versions.contains(TaxiiClient.MEDIA_TYPE),
        () -> "versions lists " + TaxiiClient.MEDIA_TYPE + ": " + root);
    assertTrue(
        root.path("max_content_length").isIntegralNumber()
            && root.get("max_content_length").asLong() > 0,
        () -> "max_content_length is a positive integer: " + root);
  }

  @Test
  @DisplayName("4.2: every caller sees the same API root (it describes the server, not the caller)")
  void theApiRootIsTheSameForEveryCaller() {
    JsonNode alice = TaxiiClient.as("alice").apiRoot().json();

    assertEquals(alice, TaxiiClient.as("gina").apiRoot().json());
    assertEquals(alice, TaxiiClient.machine("northgrid-energy-machine").apiRoot().json());
  }

  @Test
  @DisplayName("4.2: an unknown API root is 404 with an error message")
  void anUnknownApiRootIs404() {
    TaxiiClient.Reply reply = TaxiiClient.as("alice").get("/taxii2/" + UUID.randomUUID() + "/");

    assertError(reply, 404);
  }

  @Test
  @DisplayName("4.2: without credentials, the API root is the same (it lists the public feed)")
  void theApiRootWithoutCredentialsIsTheSame() {
    TaxiiClient.Reply reply = TaxiiClient.anonymous().apiRoot();
    assertEquals(200, reply.status(), reply::toString);
    assertEquals(TaxiiClient.as("alice").apiRoot().json(), reply.json());
  }
}
