package org.scrmportal.it.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.scrmportal.it.support.TestServers;
import org.scrmportal.it.support.Tokens;

/** The baseline and mapping APIs, TAXII and CSAF uploads over HTTP, as one caller. */
final class LinksClient {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String TAXII = "application/taxii+json;version=2.1";
  static final String SHARED = "aa512dfe-f554-480d-9673-d39581c40945";
  static final String CATALOG = "NIST_SP-800-53_rev5";
  static final String AMBER_STRICT = "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003";
  static final String CLEAR = "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  record Reply(int status, String text) {
    JsonNode json() {
      try {
        return JSON.readTree(text);
      } catch (IOException e) {
        throw new IllegalStateException("not JSON: " + text, e);
      }
    }

    @Override
    public String toString() {
      return status + " " + text;
    }
  }

  final String name;
  private final String token;

  private LinksClient(String name, String token) {
    this.name = name;
    this.token = token;
  }

  /** A demo person; the first call registers their organization, as a sign-in does. */
  static LinksClient as(String username) {
    LinksClient client = new LinksClient(username, Tokens.forUser(username));
    client.get("/api/me");
    return client;
  }

  static LinksClient anonymous() {
    return new LinksClient("anonymous", null);
  }

  static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  Reply get(String path) {
    return send(request(path).GET());
  }

  Reply post(String path, String contentType, byte[] body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  Reply post(String path, String contentType, String body) {
    return post(path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  Reply postJson(String path, Object body) {
    try {
      return post(path, "application/json", JSON.writeValueAsBytes(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The stix ids (or advisory ids, as "csaf:<id>") linked to a control, as this caller sees them.
   */
  Set<String> linked(String control) {
    Reply reply = get("/api/baselines/links?catalog=" + q(CATALOG) + "&control=" + q(control));
    assertEquals(200, reply.status(), name + " links of " + control + ": " + reply);
    Set<String> ids = new TreeSet<>();
    for (JsonNode t : reply.json().path("threats")) {
      ids.add(
          "STIX".equals(t.path("kind").asText())
              ? t.path("stixId").asText()
              : "csaf:" + t.path("advisoryId").asLong());
    }
    return ids;
  }

  /** Publishes the NIST SP 800-53 rev5 catalog (the HIGH resolved catalog stands in for it). */
  long publishNistCatalog() {
    try (InputStream in =
        LinksClient.class.getResourceAsStream(
            "/oscal/nist-sp800-53r5/NIST_SP-800-53_rev5_HIGH-baseline-resolved-profile_catalog-min.json")) {
      if (in == null) {
        fail("the NIST catalog is not on the test class path");
      }
      Reply reply = post("/api/baselines?name=" + CATALOG, "application/json", in.readAllBytes());
      assertEquals(201, reply.status(), "sam publishes the NIST catalog: " + reply);
      return reply.json().path("id").asLong();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Posts one envelope to the shared collection over TAXII and waits for its status. */
  JsonNode taxiiAdd(List<ObjectNode> objects) {
    ObjectNode envelope = JSON.createObjectNode();
    ArrayNode array = envelope.putArray("objects");
    objects.forEach(array::add);
    Reply reply =
        send(
            request("/taxii2/scrm/collections/" + SHARED + "/objects/")
                .header("Content-Type", TAXII)
                .header("Accept", TAXII)
                .POST(HttpRequest.BodyPublishers.ofString(envelope.toString())));
    assertEquals(202, reply.status(), name + " TAXII POST: " + reply);
    JsonNode status = reply.json();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!"complete".equals(status.path("status").asText())) {
      if (System.nanoTime() > deadline) {
        fail("still pending: " + status);
      }
      sleep();
      Reply polled =
          send(
              request("/taxii2/scrm/status/" + status.path("id").asText() + "/")
                  .header("Accept", TAXII)
                  .GET());
      status = polled.json();
    }
    assertEquals(objects.size(), status.path("success_count").asInt(), status.toString());
    return status;
  }

  /** Uploads a bundle through {@code /api/stix/bundles} with the given query (tlp, person...). */
  void uploadBundle(List<ObjectNode> objects, String query) {
    ObjectNode bundle = JSON.createObjectNode();
    bundle.put("type", "bundle").put("id", "bundle--" + UUID.randomUUID());
    ArrayNode array = bundle.putArray("objects");
    objects.forEach(array::add);
    Reply reply =
        post(
            "/api/stix/bundles?collection=" + SHARED + "&" + query,
            "application/json",
            bundle.toString());
    assertEquals(202, reply.status(), name + " uploads: " + reply);
    JsonNode status = reply.json();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!"complete".equals(status.path("status").asText())) {
      if (System.nanoTime() > deadline) {
        fail("still pending: " + status);
      }
      sleep();
      status = get("/api/stix/status/" + status.path("id").asText()).json();
    }
    assertEquals(objects.size(), status.path("successes").asInt(), status.toString());
  }

  /** A STIX object with these external references and marking definitions. */
  static ObjectNode object(String type, List<ObjectNode> references, String... markings) {
    ObjectNode o = JSON.createObjectNode();
    String id = type + "--" + UUID.randomUUID();
    o.put("type", type).put("spec_version", "2.1").put("id", id);
    o.put("created", "2024-03-01T10:00:00.000Z").put("modified", "2024-03-01T10:00:00.000Z");
    o.put("name", "IT " + type + " " + id.substring(id.length() - 8));
    if (type.equals("indicator")) {
      o.put("pattern", "[ipv4-addr:value = '10.1.2.3']").put("pattern_type", "stix");
      o.put("valid_from", "2024-03-01T10:00:00Z");
    }
    if (type.equals("malware")) {
      o.put("is_family", false);
    }
    ArrayNode refs = o.putArray("external_references");
    references.forEach(refs::add);
    if (markings.length > 0) {
      ArrayNode m = o.putArray("object_marking_refs");
      for (String marking : markings) {
        m.add(marking);
      }
    }
    return o;
  }

  static ObjectNode reference(String source, String externalId) {
    ObjectNode r = JSON.createObjectNode();
    r.put("source_name", source).put("external_id", externalId);
    return r;
  }

  static List<String> ids(List<ObjectNode> objects) {
    List<String> ids = new ArrayList<>();
    objects.forEach(o -> ids.add(o.path("id").asText()));
    return ids;
  }

  private HttpRequest.Builder request(String path) {
    URI uri = TestServers.PORTAL.resolve(path);
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private static Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
