package org.scrmportal.it.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.scrmportal.it.support.TestServers;
import org.scrmportal.it.support.Tokens;

/** The baselines API ({@code /api/baselines}) over HTTP, as one caller with a real token. */
final class BaselineClient {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  /** The NIST SP 800-53 rev5 files the portal ships (ejb's resources, see NOTICE). */
  static final String NIST = "/oscal/nist-sp800-53r5/";

  static final String HIGH_CATALOG =
      NIST + "NIST_SP-800-53_rev5_HIGH-baseline-resolved-profile_catalog-min.json";
  static final String HIGH_PROFILE = NIST + "NIST_SP-800-53_rev5_HIGH-baseline_profile.json";
  static final String LOW_PROFILE = NIST + "NIST_SP-800-53_rev5_LOW-baseline_profile.json";

  /** A response: status, media type and the body's bytes. */
  record Reply(int status, String contentType, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("not JSON: " + text(), e);
      }
    }

    @Override
    public String toString() {
      String t = text();
      return status + " " + (t.length() > 2000 ? t.substring(0, 2000) + "..." : t);
    }
  }

  final String name;
  private final String token;

  private BaselineClient(String name, String token) {
    this.name = name;
    this.token = token;
  }

  /** A demo person; the first call registers their organization, as any sign-in does. */
  static BaselineClient as(String username) {
    BaselineClient client = new BaselineClient(username, Tokens.forUser(username));
    client.get("/api/me");
    return client;
  }

  static BaselineClient anonymous() {
    return new BaselineClient("anonymous", null);
  }

  Reply get(String path) {
    return send(request(path).GET());
  }

  /** {@code POST /api/baselines?name=...&alias=...} with a document; {@code extra} more query. */
  Reply publish(byte[] document, String name, List<String> aliases, String extra) {
    StringBuilder path = new StringBuilder("/api/baselines?name=").append(encode(name));
    aliases.forEach(a -> path.append("&alias=").append(encode(a)));
    path.append(extra);
    return send(
        request(path.toString())
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(document)));
  }

  /** Publishes and expects 201; the new publication's JSON. */
  JsonNode published(byte[] document, String name, List<String> aliases, String extra) {
    Reply reply = publish(document, name, aliases, extra);
    if (reply.status() != 201) {
      throw new AssertionError("publish " + name + " as " + this.name + ": " + reply);
    }
    return reply.json();
  }

  /** The ids of every publication version the caller may see (all series, all versions). */
  Set<Long> allVersionIds() {
    Set<Long> ids = new LinkedHashSet<>();
    for (JsonNode p : get("/api/baselines").json()) {
      for (JsonNode v : get("/api/baselines/" + p.path("id").asLong() + "/versions").json()) {
        ids.add(v.path("id").asLong());
      }
    }
    return ids;
  }

  /** The control ids of a publication, in order. */
  List<String> controlIds(long id) {
    Reply reply = get("/api/baselines/" + id + "/controls");
    if (reply.status() != 200) {
      throw new AssertionError("controls of " + id + ": " + reply);
    }
    List<String> ids = new ArrayList<>();
    reply.json().forEach(c -> ids.add(c.path("controlId").asText()));
    return ids;
  }

  static byte[] resource(String path) {
    try (InputStream in = BaselineClient.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The back-matter rlinks of the NIST profiles: the full catalog's locations. */
  static List<String> nistCatalogLocations() {
    try {
      List<String> hrefs = new ArrayList<>();
      JSON.readTree(resource(HIGH_PROFILE))
          .path("profile")
          .path("back-matter")
          .path("resources")
          .get(0)
          .path("rlinks")
          .forEach(r -> hrefs.add(r.path("href").asText()));
      return hrefs;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The ids a NIST profile includes (its one import's with-ids). */
  static Set<String> includedIds(String profile) {
    try {
      Set<String> ids = new LinkedHashSet<>();
      JSON.readTree(resource(profile))
          .path("profile")
          .path("imports")
          .get(0)
          .path("include-controls")
          .forEach(i -> i.path("with-ids").forEach(id -> ids.add(id.asText())));
      return ids;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(TestServers.PORTAL.resolve(path)).timeout(Duration.ofMinutes(3));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private static Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<byte[]> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
