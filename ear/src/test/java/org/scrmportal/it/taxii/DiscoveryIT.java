package org.scrmportal.it.taxii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertTaxiiMediaType;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Server Discovery: {@code GET /taxii2/}. */
@DisplayName("TAXII 2.1 section 4.1: Server Discovery")
class DiscoveryIT extends TaxiiTest {

  @Test
  @DisplayName(
      "4.1.1: the discovery resource has a title and lists the API root as an absolute URL")
  void discoveryResourceHasATitleAndListsTheApiRoot() {
    TaxiiClient.Reply reply = TaxiiClient.as("alice").discovery();

    assertEquals(200, reply.status(), reply::toString);
    assertTaxiiMediaType(reply);
    JsonNode discovery = reply.json();
    assertTrue(
        discovery.path("title").isTextual() && !discovery.path("title").asText().isBlank(),
        "title is required");
    if (discovery.has("description")) {
      assertTrue(discovery.get("description").isTextual());
    }
    List<String> roots = apiRoots(discovery);
    assertTrue(
        roots.stream().anyMatch(r -> TaxiiClient.pathOf(r).equals(TaxiiClient.API_ROOT)),
        () -> "the scrm API root is listed: " + roots);
    for (String root : roots) {
      assertTrue(URI.create(root).isAbsolute(), () -> "api_roots are absolute URLs: " + root);
      assertTrue(root.endsWith("/"), () -> "an API root URL ends with a slash: " + root);
    }
  }

  @Test
  @DisplayName("4.1.1: default names one of the listed API roots")
  void defaultIsOneOfTheListedApiRoots() {
    JsonNode discovery = TaxiiClient.as("nora").discovery().json();

    assertTrue(
        discovery.path("default").isTextual(), () -> "the contract has a default: " + discovery);
    String defaultRoot = discovery.get("default").asText();
    assertTrue(
        apiRoots(discovery).contains(defaultRoot),
        () -> "default " + defaultRoot + " is in api_roots: " + discovery);
    assertEquals(TaxiiClient.API_ROOT, TaxiiClient.pathOf(defaultRoot));
  }

  @Test
  @DisplayName("4.1/4.2: every listed API root answers with its API root resource")
  void everyListedApiRootAnswers() {
    TaxiiClient gina = TaxiiClient.as("gina");
    List<String> roots = apiRoots(gina.discovery().json());

    assertFalse(roots.isEmpty());
    for (String root : roots) {
      TaxiiClient.Reply reply = gina.get(TaxiiClient.pathOf(root));
      assertEquals(200, reply.status(), () -> root + ": " + reply);
      assertTrue(reply.json().path("versions").isArray(), () -> root + ": " + reply);
    }
  }

  @Test
  @DisplayName("4.1: a machine client discovers the same API roots as a person")
  void aMachineClientDiscoversTheSameApiRoots() {
    List<String> person = apiRoots(TaxiiClient.as("alice").discovery().json());
    List<String> machine =
        apiRoots(TaxiiClient.machine("acme-components-machine").discovery().json());

    assertEquals(person, machine);
  }

  @Test
  @DisplayName("4.1: without credentials, discovery is the same (the README: the public feed)")
  void discoveryWithoutCredentialsIsTheSame() {
    // The spec lets a server require authentication for discovery (4.1: 401 Unauthorized); the
    // README's public TLP:CLEAR feed needs it open, as a client finds the feed through it.
    TaxiiClient.Reply reply = TaxiiClient.anonymous().discovery();

    assertEquals(200, reply.status(), reply::toString);
    assertEquals(TaxiiClient.as("alice").discovery().json(), reply.json());
  }

  @Test
  @DisplayName("4.1: POST to the discovery endpoint is not allowed (405)")
  void discoveryIsReadOnly() {
    // Only GET is defined for discovery (4.1); the contract is silent, HTTP says 405.
    TaxiiClient.Reply reply =
        TaxiiClient.as("alice").post(TaxiiClient.DISCOVERY, TaxiiClient.MEDIA_TYPE, "{}");

    assertEquals(405, reply.status(), reply::toString);
  }

  private static List<String> apiRoots(JsonNode discovery) {
    assertTrue(discovery.path("api_roots").isArray(), () -> "api_roots is a list: " + discovery);
    List<String> roots = new ArrayList<>();
    discovery.get("api_roots").forEach(r -> roots.add(r.asText()));
    return roots;
  }
}
