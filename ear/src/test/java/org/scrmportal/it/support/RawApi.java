package org.scrmportal.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The portal API over HTTP as one person, with bodies as bytes and any content type (SBOMs, OSCAL
 * documents); {@link Api} is the JSON-text twin.
 */
public final class RawApi {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  public static final ObjectMapper JSON = new ObjectMapper();

  public record Reply(int status, byte[] body) {
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("not JSON: " + text(), e);
      }
    }

    @Override
    public String toString() {
      return status + " " + text();
    }
  }

  private final String token;

  private RawApi(String token) {
    this.token = token;
  }

  /** A demo person; the first call registers their organization, as a sign-in does. */
  public static RawApi as(String username) {
    RawApi client = new RawApi(Tokens.forUser(username));
    client.get("/api/me");
    return client;
  }

  public static RawApi anonymous() {
    return new RawApi(null);
  }

  public Reply get(String path) {
    return send(request(TestServers.PORTAL.resolve(path)).GET());
  }

  public Reply delete(String path) {
    return send(request(TestServers.PORTAL.resolve(path)).DELETE());
  }

  public Reply post(String path, String contentType, byte[] body) {
    return send(
        request(TestServers.PORTAL.resolve(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public Reply postJson(String path, Object body) {
    try {
      return post(path, "application/json", JSON.writeValueAsBytes(body));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public Reply putJson(String path, Object body) {
    try {
      return send(
          request(TestServers.PORTAL.resolve(path))
              .header("Content-Type", "application/json")
              .PUT(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(URI uri) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(1));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  public static Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<byte[]> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
