package org.scrmportal.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * Demo content for a fresh portal, put in the way members would: the demo people sign in (their
 * organizations register), create a sharing community, invite, accept, and publish alerts under
 * different TLP 2.0 markings, all through the portal's own API. Skipped when the portal already
 * holds alerts, so restarts keep what people did.
 */
final class DemoData {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI portal;
  private final TokenClient tokens;

  DemoData(URI portal, URI issuer) {
    this.portal = portal;
    this.tokens = new TokenClient(issuer);
  }

  /**
   * @return whether demo content was added
   */
  boolean loadIfEmpty() throws IOException, InterruptedException {
    String olivia = token("olivia");
    if (send("GET", "/api/alerts?limit=1", olivia, null).get("total").asLong() > 0) {
      return false;
    }
    String alice = token("alice");
    String nora = token("nora");
    String gina = token("gina");
    for (String person :
        List.of(alice, nora, gina, token("sam"), olivia, token("adam"), token("oscar"))) {
      send("GET", "/api/me", person, null);
    }
    String community =
        send(
                "POST",
                "/api/communities",
                alice,
                Map.of(
                    "name",
                    "Grid component suppliers",
                    "purpose",
                    "Suppliers and operators of electricity grid components share supply-chain threats.",
                    "membersVisible",
                    true))
            .get("id")
            .asText();
    send(
        "POST",
        "/api/communities/" + community + "/invitations",
        alice,
        Map.of("organization", "northgrid-energy"));
    send("POST", "/api/communities/" + community + "/invitations/accept", nora, null);

    alert(
        gina,
        "Phishing campaign against procurement teams",
        "Lures imitate purchase orders from known suppliers; check sender domains.",
        marking("CLEAR"));
    alert(
        alice,
        "Counterfeit power supply units in circulation",
        "Units with serial prefix PSX-7 were not made by us; report sightings.",
        marking("GREEN"));
    alert(
        alice,
        "Firmware 4.2 of grid relay controllers withdrawn",
        "A signing key of our build system may be exposed; hold updates.",
        Map.of("tlp", "GREEN", "communities", List.of(community)));
    alert(
        nora,
        "Unexpected outbound traffic from substation gateways",
        "Gateways of series G3 contacted an unknown address; indicators follow.",
        Map.of("tlp", "AMBER", "organizations", List.of("acme-components", "ncsa")));
    alert(
        gina,
        "State actor targets maintenance contractors",
        "Compromised remote-maintenance accounts are used as entry points.",
        Map.of("tlp", "AMBER", "organizations", List.of("northgrid-energy"), "minTier", "T2"));
    alert(
        alice,
        "Source code repository breach under investigation",
        "For the agency only while the investigation runs.",
        Map.of("tlp", "AMBER+STRICT", "organizations", List.of("ncsa")));
    alert(
        gina,
        "Named contacts: coordinated disclosure in progress",
        "Details go to the named people only.",
        Map.of("tlp", "RED", "people", List.of("nora", "alice")));
    return true;
  }

  private static Map<String, Object> marking(String tlp) {
    return Map.of("tlp", tlp);
  }

  private void alert(String token, String title, String body, Map<String, Object> marking)
      throws IOException, InterruptedException {
    send("POST", "/api/alerts", token, Map.of("title", title, "body", body, "marking", marking));
  }

  private JsonNode send(String method, String path, String token, Object body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(portal.resolve(path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IOException(
          method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
  }

  private String token(String username) {
    return tokens.forUser(username);
  }
}
