package org.scrmportal.it.taxii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.scrmportal.it.support.TestServers;
import org.scrmportal.it.support.Tokens;
import org.scrmportal.stix.Stix;

/**
 * A TAXII 2.1 client over HTTP for the tests, as one caller: sends the TAXII media type in {@code
 * Accept} (and {@code Content-Type} when posting), builds envelopes, and polls a status until the
 * server has processed what was added.
 */
final class TaxiiClient {

  /** The TAXII 2.1 media type (TAXII 2.1 section 1.6.8). */
  static final String MEDIA_TYPE = Stix.TAXII_MEDIA_TYPE;

  /** The media type of STIX 2.1 objects, as manifests name it (section 5.3.1). */
  static final String STIX_MEDIA_TYPE = Stix.MEDIA_TYPE;

  static final String DISCOVERY = "/taxii2/";
  static final String API_ROOT = "/taxii2/scrm/";

  /** The fixed collections (ejb {@code org.scrmportal.taxii.Collections} on main). */
  static final String SHARED = "aa512dfe-f554-480d-9673-d39581c40945";

  static final String TIER_T2 = "a5857cc7-93c7-4d90-bfea-87ffb16ab806";
  static final String TIER_T3 = "0a6a54eb-136c-4222-9372-cdb1cc2ea73f";

  /** How long a status may stay pending before a test gives up on it. */
  static final Duration STATUS_TIMEOUT = Duration.ofSeconds(60);

  static final ObjectMapper JSON = new ObjectMapper();

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** A response with its headers and its body as text. */
  record Reply(int status, HttpHeaders headers, String text) {

    JsonNode json() {
      try {
        return text.isEmpty() ? JSON.missingNode() : JSON.readTree(text);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + text, e);
      }
    }

    String contentType() {
      return headers.firstValue("Content-Type").orElse("");
    }

    Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    @Override
    public String toString() {
      return status
          + " "
          + contentType()
          + " "
          + (text.length() > 2000 ? text.substring(0, 2000) + "..." : text);
    }
  }

  private final String name;
  private final String authorization;

  private TaxiiClient(String name, String authorization) {
    this.name = name;
    this.authorization = authorization;
  }

  /**
   * A demo person with a bearer token (password grant of {@code scrm-cli}); the first call to the
   * portal registers their organization, as any sign-in would.
   */
  static TaxiiClient as(String username) {
    return registered(new TaxiiClient(username, "Bearer " + Tokens.forUser(username)));
  }

  /** A machine client with a bearer token (client credentials), e.g. {@code ncsa-machine}. */
  static TaxiiClient machine(String clientId) {
    return registered(new TaxiiClient(clientId, "Bearer " + Tokens.forMachine(clientId)));
  }

  /** A machine client with HTTP Basic of its client id and secret (the demo secrets). */
  static TaxiiClient basic(String clientId, String secret) {
    String pair = clientId + ":" + secret;
    return new TaxiiClient(
        clientId + " (basic)",
        "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
  }

  /** A caller sending this {@code Authorization} header as it is (null: none). */
  static TaxiiClient withAuthorization(String name, String authorization) {
    return new TaxiiClient(name, authorization);
  }

  static TaxiiClient anonymous() {
    return new TaxiiClient("nobody", null);
  }

  private static TaxiiClient registered(TaxiiClient client) {
    Reply me = client.send("GET", "/api/me", Map.of("Accept", "application/json"), null, false);
    assertEquals(200, me.status(), () -> client.name + " registers through /api/me: " + me);
    return client;
  }

  String name() {
    return name;
  }

  // --- paths ---------------------------------------------------------------------------------

  static String collectionsPath() {
    return API_ROOT + "collections/";
  }

  static String collectionPath(String collection) {
    return collectionsPath() + collection + "/";
  }

  static String objectsPath(String collection) {
    return collectionPath(collection) + "objects/";
  }

  static String objectPath(String collection, String objectId) {
    return objectsPath(collection) + objectId + "/";
  }

  static String versionsPath(String collection, String objectId) {
    return objectPath(collection, objectId) + "versions/";
  }

  static String manifestPath(String collection) {
    return collectionPath(collection) + "manifest/";
  }

  static String statusPath(String statusId) {
    return API_ROOT + "status/" + statusId + "/";
  }

  // --- the endpoints -------------------------------------------------------------------------

  Reply discovery() {
    return get(DISCOVERY);
  }

  Reply apiRoot() {
    return get(API_ROOT);
  }

  Reply collections() {
    return get(collectionsPath());
  }

  Reply collection(String collection) {
    return get(collectionPath(collection));
  }

  Reply objects(String collection, Query query) {
    return get(objectsPath(collection) + query);
  }

  Reply object(String collection, String objectId) {
    return object(collection, objectId, Query.none());
  }

  Reply object(String collection, String objectId, Query query) {
    return get(objectPath(collection, objectId) + query);
  }

  Reply versions(String collection, String objectId, Query query) {
    return get(versionsPath(collection, objectId) + query);
  }

  Reply manifest(String collection, Query query) {
    return get(manifestPath(collection) + query);
  }

  Reply status(String statusId) {
    return get(statusPath(statusId));
  }

  Reply deleteObject(String collection, String objectId, Query query) {
    return send("DELETE", objectPath(collection, objectId) + query, acceptTaxii(), null, false);
  }

  /** Posts these objects in one envelope, as they are; the raw answer (202 expected). */
  Reply postEnvelope(String collection, List<? extends JsonNode> objects) {
    return post(objectsPath(collection), MEDIA_TYPE, envelope(objects).toString());
  }

  /**
   * Adds these objects in one envelope, checks the 202 and its status resource, and waits until the
   * status is complete; the final status resource.
   */
  JsonNode add(String collection, List<? extends JsonNode> objects) {
    Reply reply = postEnvelope(collection, objects);
    assertEquals(202, reply.status(), () -> name + " adds to " + collection + ": " + reply);
    TaxiiAssertions.assertTaxiiMediaType(reply);
    return awaitComplete(reply.json());
  }

  JsonNode add(String collection, JsonNode... objects) {
    return add(collection, Arrays.asList(objects));
  }

  /** Adds these objects and checks that every one of them succeeded. */
  JsonNode addAll(String collection, List<? extends JsonNode> objects) {
    JsonNode status = add(collection, objects);
    assertEquals(
        objects.size(), status.path("success_count").asInt(-1), () -> "all stored: " + status);
    assertEquals(0, status.path("failure_count").asInt(-1), status::toString);
    return status;
  }

  JsonNode addAll(String collection, JsonNode... objects) {
    return addAll(collection, Arrays.asList(objects));
  }

  /** Polls the status until it is complete (TAXII 2.1 section 4.3), at most STATUS_TIMEOUT. */
  JsonNode awaitComplete(JsonNode status) {
    String id = status.path("id").asText();
    assertTrue(!id.isEmpty(), () -> "a status resource has an id: " + status);
    long deadline = System.nanoTime() + STATUS_TIMEOUT.toNanos();
    JsonNode current = status;
    while (!"complete".equals(current.path("status").asText())) {
      assertEquals(
          "pending",
          current.path("status").asText(),
          () -> "a status is pending or complete: " + status);
      if (System.nanoTime() > deadline) {
        fail("status " + id + " still pending after " + STATUS_TIMEOUT + ": " + current);
      }
      sleep(200);
      Reply polled = status(id);
      assertEquals(200, polled.status(), () -> "GET status " + id + ": " + polled);
      current = polled.json();
    }
    return current;
  }

  /** Every object of a listing, following {@code next} while {@code more} (section 3.5). */
  List<JsonNode> allObjects(String collection, Query query) {
    return allPages(objectsPath(collection), query, "objects");
  }

  /** Every manifest record of a listing, following {@code next} while {@code more}. */
  List<JsonNode> allManifests(String collection, Query query) {
    return allPages(manifestPath(collection), query, "objects");
  }

  private List<JsonNode> allPages(String path, Query query, String listProperty) {
    List<JsonNode> all = new ArrayList<>();
    String next = null;
    for (int page = 0; page < 100_000; page++) {
      Query q = next == null ? query : query.copy().next(next);
      Reply reply = get(path + q);
      JsonNode body = TaxiiAssertions.assertEnvelope(reply);
      body.path(listProperty).forEach(all::add);
      if (!body.path("more").asBoolean(false)) {
        return all;
      }
      next = body.path("next").asText();
    }
    return fail("more than 100,000 pages at " + path + query);
  }

  /** The API root's max_content_length (section 4.2.1). */
  long maxContentLength() {
    Reply root = apiRoot();
    assertEquals(200, root.status(), root::toString);
    long max = root.json().path("max_content_length").asLong(-1);
    assertTrue(max > 0, () -> "max_content_length: " + root);
    return max;
  }

  // --- raw HTTP ------------------------------------------------------------------------------

  Reply get(String path) {
    return send("GET", path, acceptTaxii(), null, false);
  }

  /** A GET with this {@code Accept} header (null: without one). */
  Reply getAccepting(String path, String accept) {
    return send("GET", path, accept == null ? Map.of() : Map.of("Accept", accept), null, false);
  }

  /** A POST of this body as it is, with this {@code Content-Type} and the TAXII {@code Accept}. */
  Reply post(String path, String contentType, String body) {
    return send("POST", path, withContentType(contentType), body, false);
  }

  /**
   * A POST that first asks the server whether it wants the body ({@code Expect: 100-continue}), so
   * that a server refusing a large body by its length can answer before reading it.
   */
  Reply postExpectingContinue(String path, String contentType, String body) {
    return send("POST", path, withContentType(contentType), body, true);
  }

  private static Map<String, String> acceptTaxii() {
    return Map.of("Accept", MEDIA_TYPE);
  }

  private static Map<String, String> withContentType(String contentType) {
    Map<String, String> headers = new LinkedHashMap<>(acceptTaxii());
    if (contentType != null) {
      headers.put("Content-Type", contentType);
    }
    return headers;
  }

  Reply send(
      String method,
      String path,
      Map<String, String> headers,
      String body,
      boolean expectContinue) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(TestServers.PORTAL.resolve(path))
            .timeout(Duration.ofMinutes(2))
            .expectContinue(expectContinue)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    headers.forEach(request::header);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new AssertionError(name + " " + method + " " + path + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  // --- envelopes -----------------------------------------------------------------------------

  /** A TAXII envelope (section 3.7) of these objects. */
  static ObjectNode envelope(List<? extends JsonNode> objects) {
    ObjectNode envelope = JSON.createObjectNode();
    ArrayNode list = envelope.putArray("objects");
    objects.forEach(list::add);
    return envelope;
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** URL parameters of TAXII filtering and paging (sections 3.4 and 3.5), encoded. */
  static final class Query {

    private final Map<String, String> parameters = new LinkedHashMap<>();

    static Query none() {
      return new Query();
    }

    /** {@code match[id]} of these ids (a comma-separated list means any of them). */
    static Query ids(String... ids) {
      return new Query().match("id", ids);
    }

    static Query ids(List<String> ids) {
      return ids(ids.toArray(String[]::new));
    }

    Query match(String field, String... values) {
      return with("match[" + field + "]", String.join(",", values));
    }

    Query type(String... types) {
      return match("type", types);
    }

    Query version(String... versions) {
      return match("version", versions);
    }

    Query specVersion(String... specVersions) {
      return match("spec_version", specVersions);
    }

    Query addedAfter(String timestamp) {
      return with("added_after", timestamp);
    }

    Query limit(int limit) {
      return with("limit", Integer.toString(limit));
    }

    Query next(String next) {
      return with("next", next);
    }

    Query with(String name, String value) {
      parameters.put(name, value);
      return this;
    }

    Query copy() {
      Query copy = new Query();
      copy.parameters.putAll(parameters);
      return copy;
    }

    @Override
    public String toString() {
      if (parameters.isEmpty()) {
        return "";
      }
      return parameters.entrySet().stream()
          .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
          .collect(Collectors.joining("&", "?", ""));
    }

    private static String encode(String text) {
      return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
  }

  /** The path of an absolute URL the server named (e.g. an API root in the discovery resource). */
  static String pathOf(String url) {
    return URI.create(url).getRawPath();
  }
}
