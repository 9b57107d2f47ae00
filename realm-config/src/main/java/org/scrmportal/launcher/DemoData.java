package org.scrmportal.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Demo content for a fresh portal, put in the way members would: the demo people sign in (their
 * organizations register), create a sharing community, invite, accept, and publish alerts under
 * different TLP 2.0 markings, all through the portal's own API. Skipped when the portal already
 * holds alerts, so restarts keep what people did. Then STIX 2.1 content: OASIS example bundles
 * (copied into {@code demo/stix/}, see NOTICE) uploaded by different people under different
 * markings and into a tier feed; skipped when the shared collection already holds objects.
 */
final class DemoData {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The TAXII collection everyone signed in reads (ejb's TaxiiCollection.SHARED). */
  static final String SHARED_COLLECTION = "aa512dfe-f554-480d-9673-d39581c40945";

  /** The TAXII collection of organizations vetted T2 and above (ejb's TaxiiCollection.TIER_T2). */
  static final String TIER_T2_COLLECTION = "a5857cc7-93c7-4d90-bfea-87ffb16ab806";

  /** The demo community that {@link #loadIfEmpty} creates. */
  static final String COMMUNITY_NAME = "Grid component suppliers";

  /** How long an upload may stay pending before the demo gives up on it. */
  private static final Duration UPLOAD_WAIT = Duration.ofSeconds(60);

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
                    COMMUNITY_NAME,
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

  /**
   * Uploads the demo STIX bundles through {@code POST /api/stix/bundles}, each as another person
   * and under another marking: TLP:CLEAR, TLP:GREEN, TLP:AMBER for the demo community,
   * TLP:AMBER+STRICT for one named organization, and TLP:GREEN in the tier T2 feed.
   *
   * @return whether demo content was added
   */
  boolean loadStixIfEmpty() throws IOException, InterruptedException {
    String gina = token("gina");
    if (holdsObjects(gina, SHARED_COLLECTION)) {
      return false;
    }
    String alice = token("alice");
    String community = communityId(alice, COMMUNITY_NAME);
    // the agency shares a C2 address with anyone
    upload(gina, "indicator-for-c2-ip-address.json", SHARED_COLLECTION, Map.of("tlp", "CLEAR"));
    // a supplier shares an APT report with every vetted member
    upload(token("adam"), "apt1.json", SHARED_COLLECTION, Map.of("tlp", "GREEN"));
    // ... and indicators with a course of action with its community only
    upload(
        alice,
        "indicators-for-C2-with-COA.json",
        SHARED_COLLECTION,
        Map.of("tlp", "AMBER", "community", community));
    // an operator tells the agency alone about a campaign
    upload(
        token("nora"),
        "indicator-to-campaign-relationship.json",
        SHARED_COLLECTION,
        Map.of("tlp", "AMBER+STRICT", "organization", "ncsa"));
    // the agency shares phishing indicators with organizations vetted T2 and above
    upload(
        gina,
        "malicious-email-indicator-with-attachment.json",
        TIER_T2_COLLECTION,
        Map.of("tlp", "GREEN"));
    return true;
  }

  /** The demo organizations' CSAF publisher namespaces (granted by the operator olivia). */
  static final Map<String, String> CSAF_NAMESPACES =
      Map.of(
          "acme-components", "https://psirt.acme-components.example",
          "northgrid-energy", "https://psirt.northgrid-energy.example");

  /**
   * CSAF 2.0 advisories (written for the demo, in {@code demo/csaf/}): the operator grants the demo
   * suppliers their publisher namespaces, then Acme Components publishes one TLP:WHITE and one
   * TLP:GREEN advisory and Northgrid Energy one TLP:AMBER advisory for Acme Components and the
   * agency, through {@code POST /api/csaf/advisories}. Skipped when Acme Components has published
   * advisories already.
   *
   * @return whether demo content was added
   */
  boolean loadCsafIfEmpty() throws IOException, InterruptedException {
    String alice = token("alice");
    if (send("GET", "/api/csaf/advisories?limit=1&publisher=acme-components", alice, null)
            .path("advisories")
            .size()
        > 0) {
      return false;
    }
    String olivia = token("olivia");
    String nora = token("nora");
    send("GET", "/api/me", nora, null);
    for (Map.Entry<String, String> grant : CSAF_NAMESPACES.entrySet()) {
      HttpResponse<String> granted =
          http.send(
              HttpRequest.newBuilder(portal.resolve("/api/csaf/namespaces"))
                  .header("Authorization", "Bearer " + olivia)
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          JSON.writeValueAsString(
                              Map.of(
                                  "organization", grant.getKey(), "namespace", grant.getValue()))))
                  .build(),
              ofString());
      if (granted.statusCode() != 201 && granted.statusCode() != 409) {
        check("POST /api/csaf/namespaces", granted);
      }
    }
    advisory(alice, "acme-sa-2024-001.json", "");
    advisory(alice, "acme-sa-2024-002.json", "");
    advisory(nora, "ng-sa-2024-001.json", "?organization=acme-components&organization=ncsa");
    return true;
  }

  private void advisory(String token, String file, String query)
      throws IOException, InterruptedException {
    byte[] document;
    try (InputStream in = DemoData.class.getResourceAsStream("/demo/csaf/" + file)) {
      if (in == null) {
        throw new IOException("no demo advisory " + file);
      }
      document = in.readAllBytes();
    }
    HttpRequest request =
        HttpRequest.newBuilder(portal.resolve("/api/csaf/advisories" + query))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(document))
            .build();
    check("POST /api/csaf/advisories (" + file + ")", http.send(request, ofString()));
  }

  /** The NIST SP 800-53 rev5 catalog's series name, as the demo standards body publishes it. */
  static final String NIST_CATALOG = "NIST_SP-800-53_rev5";

  /**
   * OSCAL baselines (issue 10): {@code sam} of the standards body cyber-standards-board publishes
   * the NIST SP 800-53 rev5 catalog (the HIGH baseline's resolved catalog, which holds every
   * control of the three baselines, standing in for the full catalog) under the locations the
   * profiles' back-matter gives for it, then the LOW, MODERATE and HIGH profiles, which import it
   * by those locations, through {@code POST /api/baselines}. Skipped when the three profiles are
   * there; publishes the missing ones otherwise.
   *
   * @return whether demo content was added
   */
  boolean loadBaselinesIfEmpty() throws IOException, InterruptedException {
    String sam = token("sam");
    Set<String> published = new HashSet<>();
    for (JsonNode p : send("GET", "/api/baselines", sam, null)) {
      if ("cyber-standards-board".equals(p.path("publisher").asText())) {
        published.add(p.path("name").asText());
      }
    }
    List<String> profiles = new ArrayList<>();
    for (String level : List.of("LOW", "MODERATE", "HIGH")) {
      String name = "NIST_SP-800-53_rev5_" + level + "-baseline";
      if (!published.contains(name)) {
        profiles.add(name);
      }
    }
    if (profiles.isEmpty()) {
      return false;
    }
    byte[] high = demoOscal("NIST_SP-800-53_rev5_HIGH-baseline_profile.json");
    List<String> locations = new ArrayList<>();
    JSON.readTree(high)
        .path("profile")
        .path("back-matter")
        .path("resources")
        .forEach(r -> r.path("rlinks").forEach(l -> locations.add(l.path("href").asText())));
    // the catalog the profiles import, under the locations they name it by (a new version if the
    // series is there already without them)
    baseline(
        sam,
        demoOscal("NIST_SP-800-53_rev5_HIGH-baseline-resolved-profile_catalog-min.json"),
        NIST_CATALOG,
        locations);
    for (String name : profiles) {
      baseline(sam, demoOscal(name + "_profile.json"), name, List.of());
    }
    return true;
  }

  /** The product of the demo attestation. */
  static final String DEMO_PRODUCT = "Acme Gateway";

  /**
   * A supplier attestation and a consumer's risk view (issue 10): {@code alice} attests Acme
   * Components' supply chain controls (the SR family of the NIST LOW baseline, control by control
   * through the form of {@code POST /api/attestations}) and shares the attestation with Northgrid
   * Energy; {@code nora} declares Acme Components a supplier of Northgrid Energy and chooses the
   * LOW baseline, so {@code /risk.xhtml} explains a score from the start. Skipped when Acme
   * Components has attested already.
   *
   * @return whether demo content was added
   */
  boolean loadAttestationsIfEmpty() throws IOException, InterruptedException {
    String alice = token("alice");
    for (JsonNode a : send("GET", "/api/attestations", alice, null)) {
      if (DEMO_PRODUCT.equals(a.path("product").asText())) {
        return false;
      }
    }
    long low = -1;
    for (JsonNode p : send("GET", "/api/baselines", alice, null)) {
      if ("NIST_SP-800-53_rev5_LOW-baseline".equals(p.path("name").asText())) {
        low = p.path("id").asLong();
      }
    }
    if (low < 0) {
      throw new IOException("the NIST LOW baseline is not published");
    }
    List<Map<String, String>> controls =
        List.of(
            control(
                "sr-1",
                "implemented",
                "Supply chain policy approved by the board, reviewed yearly."),
            control("sr-2", "implemented", "SCRM plan for every product line."),
            control("sr-3", "partial", "Controls in place for tier 1 suppliers; tier 2 in 2027."),
            control("sr-5", "implemented", "Security requirements in every purchase contract."),
            control("sr-8", "planned", "Notification agreements being negotiated."),
            control("sr-10", "implemented", "Incoming components inspected on receipt."),
            control("sr-11", "implemented", "Components bought from authorized distributors only."),
            control("sr-12", "not-applicable", "Acme ships software only."));
    JsonNode made =
        send(
            "POST",
            "/api/attestations",
            alice,
            Map.of("baseline", low, "product", DEMO_PRODUCT, "controls", controls));
    send(
        "PUT",
        "/api/attestations/" + made.path("id").asLong() + "/marking",
        alice,
        Map.of("tlp", "AMBER+STRICT", "organizations", List.of("northgrid-energy")));
    String nora = token("nora");
    send("POST", "/api/risk/suppliers", nora, Map.of("organization", "acme-components"));
    send("PUT", "/api/risk/baseline", nora, Map.of("baseline", low));
    return true;
  }

  private static Map<String, String> control(String id, String status, String statement) {
    return Map.of("control", id, "status", status, "statement", statement);
  }

  private static byte[] demoOscal(String file) throws IOException {
    try (InputStream in = DemoData.class.getResourceAsStream("/demo/oscal/" + file)) {
      if (in == null) {
        throw new IOException("no demo OSCAL document " + file);
      }
      return in.readAllBytes();
    }
  }

  private void baseline(String token, byte[] document, String name, List<String> aliases)
      throws IOException, InterruptedException {
    String query =
        "?name="
            + URLEncoder.encode(name, StandardCharsets.UTF_8)
            + aliases.stream()
                .map(a -> "&alias=" + URLEncoder.encode(a, StandardCharsets.UTF_8))
                .collect(Collectors.joining());
    HttpRequest request =
        HttpRequest.newBuilder(portal.resolve("/api/baselines" + query))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .timeout(Duration.ofMinutes(3))
            .POST(HttpRequest.BodyPublishers.ofByteArray(document))
            .build();
    check("POST /api/baselines (" + name + ")", http.send(request, ofString()));
  }

  /** Whether the caller sees any object in a collection (its TAXII manifest, one entry). */
  private boolean holdsObjects(String token, String collection)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(
                portal.resolve("/taxii2/scrm/collections/" + collection + "/manifest/?limit=1"))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/taxii+json;version=2.1")
            .GET()
            .build();
    return JSON.readTree(check("GET manifest", http.send(request, ofString())).body())
            .path("objects")
            .size()
        > 0;
  }

  private String communityId(String token, String name) throws IOException, InterruptedException {
    for (JsonNode community : send("GET", "/api/communities", token, null)) {
      if (name.equals(community.path("name").asText())) {
        return community.path("id").asText();
      }
    }
    throw new IOException("no community named " + name);
  }

  /**
   * Uploads the demo bundle {@code file} with the query parameters of {@code POST
   * /api/stix/bundles}, and waits until its status is complete with every object stored.
   */
  private void upload(String token, String file, String collection, Map<String, String> sharing)
      throws IOException, InterruptedException {
    byte[] bundle;
    try (InputStream in = DemoData.class.getResourceAsStream("/demo/stix/" + file)) {
      if (in == null) {
        throw new IOException("no demo bundle " + file);
      }
      bundle = in.readAllBytes();
    }
    Map<String, String> query = new LinkedHashMap<>();
    query.put("collection", collection);
    query.putAll(sharing);
    String path =
        "/api/stix/bundles?"
            + query.entrySet().stream()
                .map(
                    e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(portal.resolve(path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(bundle))
            .build();
    JsonNode status = JSON.readTree(check("POST " + path, http.send(request, ofString())).body());
    Instant deadline = Instant.now().plus(UPLOAD_WAIT);
    while (!"complete".equals(status.path("status").asText())) {
      if (Instant.now().isAfter(deadline)) {
        throw new IOException(file + " is still pending after " + UPLOAD_WAIT.toSeconds() + " s");
      }
      Thread.sleep(500);
      status = send("GET", "/api/stix/status/" + status.path("id").asText(), token, null);
    }
    if (status.path("failures").asInt() > 0) {
      List<String> reasons = new ArrayList<>();
      status
          .path("failed")
          .forEach(f -> reasons.add(f.path("id").asText() + ": " + f.path("message").asText()));
      throw new IOException(file + " was not stored: " + String.join("; ", reasons));
    }
  }

  private static HttpResponse.BodyHandler<String> ofString() {
    return HttpResponse.BodyHandlers.ofString();
  }

  private static HttpResponse<String> check(String what, HttpResponse<String> response)
      throws IOException {
    if (response.statusCode() >= 300) {
      throw new IOException(what + " answered " + response.statusCode() + ": " + response.body());
    }
    return response;
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
        check(method + " " + path, http.send(request.build(), ofString()));
    return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
  }

  private String token(String username) {
    return tokens.forUser(username);
  }
}
