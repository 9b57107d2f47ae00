package org.scrmportal.it.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.scrmportal.it.csaf.CsafSamples;
import org.scrmportal.it.support.RawApi;

/** The data the risk tests create, each time with fresh names. */
final class RiskFixtures {

  private static final DateTimeFormatter STIX_TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  static final String PRODUCT_ID = "WIDGET-1.0-1.2";

  private RiskFixtures() {}

  /** A vulnerability of a test advisory: its CVE, CVSS v3 vector and score, exploit status. */
  record Vulnerability(
      String cve, String vector, Double baseScore, String severity, String exploit) {}

  /** A fresh, probably unused CVE id. */
  static String cve() {
    return "CVE-2098-" + (100000 + (UUID.randomUUID().hashCode() & 0x7ffffff) % 800000);
  }

  /** Lets acme-components publish under a fresh namespace; returns it. */
  static String acmeNamespace(String run) {
    String namespace = "https://risk-" + run + ".example";
    RawApi.Reply granted =
        RiskClient.as("olivia")
            .postJson(
                "/api/csaf/namespaces",
                Map.of("organization", "acme-components", "namespace", namespace));
    assertEquals(201, granted.status(), granted.toString());
    return namespace;
  }

  /** Adds {@code purl@version} to the caller's inventory. */
  static void runs(RiskClient who, String purlWithVersion) {
    RawApi.Reply reply =
        who.postJson(
            "/api/inventory/entries",
            Map.of("components", List.of(Map.of("purl", purlWithVersion))));
    assertEquals(201, reply.status(), reply.toString());
  }

  /**
   * A TLP:AMBER CSAF document about the {@code purl} versions 1.0 to 1.2, known affected by every
   * vulnerability given.
   */
  static byte[] advisory(
      String namespace, String trackingId, String purl, List<Vulnerability> vulnerabilities) {
    ObjectNode root =
        CsafSamples.advisory()
            .namespace(namespace)
            .trackingId(trackingId)
            .version(1)
            .tlp("AMBER")
            .title("Risk test advisory " + trackingId)
            .json();
    ObjectNode tree = root.putObject("product_tree");
    ObjectNode vendor = tree.putArray("branches").addObject();
    vendor.put("category", "vendor").put("name", "Example Widgets");
    ObjectNode name = vendor.putArray("branches").addObject();
    name.put("category", "product_name").put("name", "widget");
    ObjectNode range = name.putArray("branches").addObject();
    range.put("category", "product_version_range").put("name", "vers:maven/>=1.0|<1.3");
    ObjectNode product = range.putObject("product");
    product.put("product_id", PRODUCT_ID).put("name", "Example Widgets widget 1.0 to 1.2");
    product.putObject("product_identification_helper").put("purl", purl);
    ArrayNode list = root.putArray("vulnerabilities");
    for (Vulnerability v : vulnerabilities) {
      ObjectNode node = list.addObject();
      node.put("cve", v.cve());
      node.putObject("product_status").putArray("known_affected").add(PRODUCT_ID);
      if (v.baseScore() != null) {
        ObjectNode score = node.putArray("scores").addObject();
        score.putArray("products").add(PRODUCT_ID);
        score
            .putObject("cvss_v3")
            .put("version", "3.1")
            .put("vectorString", v.vector())
            .put("baseScore", v.baseScore())
            .put("baseSeverity", v.severity());
      }
      if (v.exploit() != null) {
        ObjectNode threat = node.putArray("threats").addObject();
        threat.put("category", "exploit_status").put("details", v.exploit());
        threat.putArray("product_ids").add(PRODUCT_ID);
      }
    }
    try {
      return RiskClient.JSON.writeValueAsBytes(root);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Publishes an advisory as {@code who}, with the query's audience; returns its id. */
  static long publish(RiskClient who, String query, byte[] advisory) {
    RawApi.Reply stored = who.post("/api/csaf/advisories" + query, "application/json", advisory);
    assertEquals(201, stored.status(), stored.toString());
    return stored.json().path("id").asLong();
  }

  /**
   * An indicator naming {@code cve} in its external references and a sighting of it last seen a day
   * ago, uploaded by {@code who} with the query's audience; waits until both are stored.
   */
  static void sightingOfIndicatorNaming(RiskClient who, String query, String cve) {
    Instant now = Instant.now();
    String created = STIX_TIMESTAMP.format(now);
    String seen = STIX_TIMESTAMP.format(now.minus(Duration.ofDays(1)));
    String indicatorId = "indicator--" + UUID.randomUUID();
    ObjectNode bundle = RiskClient.JSON.createObjectNode();
    bundle.put("type", "bundle").put("id", "bundle--" + UUID.randomUUID());
    ArrayNode objects = bundle.putArray("objects");
    ObjectNode indicator = objects.addObject();
    indicator
        .put("type", "indicator")
        .put("spec_version", "2.1")
        .put("id", indicatorId)
        .put("created", created)
        .put("modified", created)
        .put("name", "Exploit attempts on " + cve)
        .put("pattern", "[ipv4-addr:value = '198.51.100.7']")
        .put("pattern_type", "stix")
        .put("valid_from", created);
    indicator.putArray("indicator_types").add("malicious-activity");
    indicator
        .putArray("external_references")
        .addObject()
        .put("source_name", "cve")
        .put("external_id", cve);
    objects
        .addObject()
        .put("type", "sighting")
        .put("spec_version", "2.1")
        .put("id", "sighting--" + UUID.randomUUID())
        .put("created", created)
        .put("modified", created)
        .put("first_seen", seen)
        .put("last_seen", seen)
        .put("count", 3)
        .put("sighting_of_ref", indicatorId);
    RawApi.Reply submitted =
        who.post("/api/stix/bundles" + query, "application/stix+json;version=2.1", bytes(bundle));
    assertEquals(202, submitted.status(), submitted.toString());
    JsonNode status = submitted.json();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!"complete".equals(status.path("status").asText())) {
      if (System.nanoTime() > deadline) {
        fail("the upload did not complete: " + status);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      RawApi.Reply again = who.get("/api/stix/status/" + status.path("id").asText());
      assertEquals(200, again.status(), again.toString());
      status = again.json();
    }
    assertEquals(2, status.path("successes").asInt(), "both objects stored: " + status);
  }

  private static byte[] bytes(JsonNode json) {
    try {
      return RiskClient.JSON.writeValueAsBytes(json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A published baseline: its publication id and the controls it requires, in order. */
  record Baseline(long id, List<String> required) {}

  private static byte[] nist(String file) {
    try (java.io.InputStream in =
        RiskFixtures.class.getResourceAsStream("/oscal/nist-sp800-53r5/" + file)) {
      if (in == null) {
        throw new IllegalStateException("no NIST file " + file + " on the class path");
      }
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Publishes, as sam of cyber-standards-board, NIST's catalog (as the HIGH resolved catalog, under
   * the aliases the LOW profile imports it by) and the LOW profile cut to its first {@code keep}
   * controls, both under names fresh to the run.
   */
  static Baseline publishLowWithFirst(String run, int keep) {
    try {
      ObjectNode profile =
          (ObjectNode)
              RiskClient.JSON.readTree(nist("NIST_SP-800-53_rev5_LOW-baseline_profile.json"));
      List<String> aliases = new java.util.ArrayList<>();
      for (JsonNode resource : profile.path("profile").path("back-matter").path("resources")) {
        resource.path("rlinks").forEach(l -> aliases.add(l.path("href").asText()));
      }
      ArrayNode ids =
          (ArrayNode)
              profile
                  .path("profile")
                  .path("imports")
                  .path(0)
                  .path("include-controls")
                  .path(0)
                  .path("with-ids");
      while (ids.size() > keep) {
        ids.remove(ids.size() - 1);
      }
      List<String> required = new java.util.ArrayList<>();
      ids.forEach(id -> required.add(id.asText()));
      ((ObjectNode) profile.path("profile").path("metadata"))
          .put("last-modified", "2026-01-01T00:00:00Z")
          .put("version", "risk-" + keep);
      ((ObjectNode) profile.path("profile")).put("uuid", UUID.randomUUID().toString());
      RiskClient sam = RiskClient.as("sam");
      StringBuilder query = new StringBuilder("/api/baselines?name=risk-catalog-" + run);
      aliases.forEach(
          a ->
              query
                  .append("&alias=")
                  .append(java.net.URLEncoder.encode(a, java.nio.charset.StandardCharsets.UTF_8)));
      RawApi.Reply catalog =
          sam.post(
              query.toString(),
              "application/json",
              nist("NIST_SP-800-53_rev5_HIGH-baseline-resolved-profile_catalog-min.json"));
      assertEquals(201, catalog.status(), "publishing the catalog: " + catalog);
      RawApi.Reply low =
          sam.post("/api/baselines?name=risk-low-" + run, "application/json", bytes(profile));
      assertEquals(201, low.status(), "publishing the profile: " + low);
      return new Baseline(low.json().path("id").asLong(), required);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * An attestation of the caller's organization against {@code baseline}: an OSCAL component
   * definition uploaded as is, one implemented requirement with a description and no status
   * property for each control named (the contract: no status and a description is IMPLEMENTED);
   * private to its organization until shared. Returns its id.
   */
  static long attestImplemented(RiskClient who, long baseline, List<String> controls) {
    ObjectNode root = RiskClient.JSON.createObjectNode();
    ObjectNode cd = root.putObject("component-definition");
    cd.put("uuid", UUID.randomUUID().toString());
    ObjectNode metadata = cd.putObject("metadata");
    metadata.put("title", "Risk test attestation");
    metadata.put("last-modified", "2026-11-30T00:00:00Z");
    metadata.put("version", "1");
    metadata.put("oscal-version", "1.1.2");
    ObjectNode component = cd.putArray("components").addObject();
    component.put("uuid", UUID.randomUUID().toString());
    component.put("type", "software");
    component.put("title", "Widget");
    component.put("description", "The widget, attested in a risk test.");
    ObjectNode implementation = component.putArray("control-implementations").addObject();
    implementation.put("uuid", UUID.randomUUID().toString());
    implementation.put("source", "https://example.org/low-profile.json");
    implementation.put("description", "The LOW baseline, first controls.");
    ArrayNode requirements = implementation.putArray("implemented-requirements");
    for (String control : controls) {
      ObjectNode req = requirements.addObject();
      req.put("uuid", UUID.randomUUID().toString());
      req.put("control-id", control);
      req.put("description", "Implemented: " + control);
    }
    RawApi.Reply made =
        who.post("/api/attestations?baseline=" + baseline, "application/json", bytes(root));
    assertEquals(201, made.status(), made.toString());
    return made.json().path("id").asLong();
  }

  /** Shares an attestation with one organization (TLP:AMBER+STRICT naming it). */
  static void shareAttestation(RiskClient who, long attestation, String organization) {
    Map<String, Object> marking = new java.util.HashMap<>();
    marking.put("tlp", "AMBER+STRICT");
    marking.put("organizations", List.of(organization));
    marking.put("communities", List.of());
    marking.put("people", List.of());
    RawApi.Reply shared = who.putJson("/api/attestations/" + attestation + "/marking", marking);
    assertEquals(200, shared.status(), shared.toString());
  }

  /** Closes every open notice of acme-components in the caller's inbox (left by other tests). */
  static void closeAcmeNotices(RiskClient who) {
    RawApi.Reply inbox = who.get("/api/notices");
    assertEquals(200, inbox.status(), inbox.toString());
    for (JsonNode n : inbox.json().path("notices")) {
      if ("acme-components".equals(n.path("publisher").asText())) {
        RawApi.Reply closed =
            who.post(
                "/api/notices/" + n.path("id").asLong() + "/close",
                "application/json",
                new byte[0]);
        assertEquals(200, closed.status(), closed.toString());
      }
    }
  }

  /** Removes the caller organization's baseline choices (default and for acme-components). */
  static void noBaselineChoice(RiskClient who) {
    for (Object target : new Object[] {null, "acme-components"}) {
      java.util.Map<String, Object> body = new java.util.HashMap<>();
      body.put("baseline", null);
      body.put("supplier", target);
      RawApi.Reply reply = who.putJson("/api/risk/baseline", body);
      assertEquals(200, reply.status(), reply.toString());
    }
  }
}
