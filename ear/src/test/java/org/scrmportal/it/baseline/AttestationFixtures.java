package org.scrmportal.it.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.scrmportal.it.support.RawApi;

/**
 * What the attestation ITs need: NIST's SP 800-53 rev5 catalog and LOW profile published as {@code
 * sam} of cyber-standards-board (under names unique to the run), and OSCAL component definitions
 * written in the test.
 */
final class AttestationFixtures {

  /** Where the NIST files are, on the EJB module's class path. */
  static final String NIST = "/oscal/nist-sp800-53r5/";

  static final String CATALOG =
      "NIST_SP-800-53_rev5_HIGH-baseline-resolved-profile_catalog-min.json";

  static final String LOW = "NIST_SP-800-53_rev5_LOW-baseline_profile.json";

  private AttestationFixtures() {}

  /** One published LOW profile: its publication id and the controls it requires, in order. */
  record Baseline(long id, String name, List<String> required, String title) {}

  /** What a component definition says of one control. */
  record Req(String control, String status, String statement) {}

  static byte[] nist(String file) {
    try (InputStream in = AttestationFixtures.class.getResourceAsStream(NIST + file)) {
      if (in == null) {
        throw new IllegalStateException("no " + NIST + file + " on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The control ids the LOW profile includes (all its controls: it has no exclusions). */
  static List<String> lowControlIds(byte[] profile) {
    try {
      JsonNode root = RawApi.JSON.readTree(profile);
      List<String> ids = new ArrayList<>();
      for (JsonNode imp : root.path("profile").path("imports")) {
        for (JsonNode include : imp.path("include-controls")) {
          include.path("with-ids").forEach(id -> ids.add(id.asText()));
        }
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The catalog's back-matter locations the LOW profile imports it by. */
  static List<String> catalogAliases(byte[] profile) {
    try {
      JsonNode root = RawApi.JSON.readTree(profile);
      List<String> aliases = new ArrayList<>();
      for (JsonNode resource : root.path("profile").path("back-matter").path("resources")) {
        resource.path("rlinks").forEach(l -> aliases.add(l.path("href").asText()));
      }
      return aliases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Publishes {@code content} as {@code sam}: the new publication's id. */
  static long publish(String name, byte[] content, List<String> aliases) {
    StringBuilder query = new StringBuilder("/api/baselines?name=" + encode(name));
    aliases.forEach(a -> query.append("&alias=").append(encode(a)));
    RawApi.Reply reply = RawApi.as("sam").post(query.toString(), "application/json", content);
    assertEquals(201, reply.status(), "publishing " + name + ": " + reply);
    return reply.json().path("id").asLong();
  }

  /** The catalog, then the LOW profile (as a new series, or a new version of {@code name}). */
  static Baseline publishLow(String name, byte[] profile) {
    byte[] catalog = nist(CATALOG);
    publish(name + "-catalog", catalog, catalogAliases(profile));
    long id = publish(name, profile, List.of());
    String title;
    try {
      title = RawApi.JSON.readTree(profile).path("profile").path("metadata").path("title").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Baseline(id, name, lowControlIds(profile), title);
  }

  static Baseline publishLow(String run) {
    return publishLow("it-low-" + run, nist(LOW));
  }

  /** The LOW profile including only its first {@code keep} controls. */
  static byte[] lowWithFirst(int keep) {
    try {
      ObjectNode root = (ObjectNode) RawApi.JSON.readTree(nist(LOW));
      ArrayNode ids =
          (ArrayNode)
              root.path("profile")
                  .path("imports")
                  .path(0)
                  .path("include-controls")
                  .path(0)
                  .path("with-ids");
      while (ids.size() > keep) {
        ids.remove(ids.size() - 1);
      }
      ((ObjectNode) root.path("profile").path("metadata"))
          .put("last-modified", "2026-01-01T00:00:00Z")
          .put("version", "it-" + keep);
      ((ObjectNode) root.path("profile")).put("uuid", UUID.randomUUID().toString());
      return RawApi.JSON.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An OSCAL 1.1 component definition with one component whose implemented requirements say {@code
   * reqs}; the status goes in the {@code implementation-status} prop (OSCAL namespace, as the
   * facade documents).
   */
  static byte[] componentDefinition(String title, List<Req> reqs) {
    ObjectNode root = RawApi.JSON.createObjectNode();
    ObjectNode cd = root.putObject("component-definition");
    cd.put("uuid", UUID.randomUUID().toString());
    ObjectNode metadata = cd.putObject("metadata");
    metadata.put("title", title);
    metadata.put("last-modified", "2026-11-30T00:00:00Z");
    metadata.put("version", "1");
    metadata.put("oscal-version", "1.1.2");
    ObjectNode component = cd.putArray("components").addObject();
    component.put("uuid", UUID.randomUUID().toString());
    component.put("type", "software");
    component.put("title", title);
    component.put("description", "A product attested in an integration test.");
    ObjectNode implementation = component.putArray("control-implementations").addObject();
    implementation.put("uuid", UUID.randomUUID().toString());
    implementation.put("source", "https://example.org/low-profile.json");
    implementation.put("description", "The LOW baseline.");
    ArrayNode requirements = implementation.putArray("implemented-requirements");
    for (Req r : reqs) {
      ObjectNode req = requirements.addObject();
      req.put("uuid", UUID.randomUUID().toString());
      req.put("control-id", r.control());
      req.put("description", r.statement());
      ObjectNode prop = req.putArray("props").addObject();
      prop.put("name", "implementation-status");
      prop.put("ns", STATUS_NS);
      prop.put("value", r.status());
    }
    try {
      return RawApi.JSON.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The namespace of the implementation-status prop (contract section 1). */
  static final String STATUS_NS = "https://scrmportal.org/ns/oscal"; // ImplementationStatus.PROP_NS

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
