package org.scrmportal.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The portal API over HTTP, as one caller with a real token. */
public final class Api {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A response with its body read as JSON (null when empty). */
  public record Reply(int status, String contentType, String text) {
    public JsonNode json() {
      try {
        return text.isEmpty() ? null : JSON.readTree(text);
      } catch (IOException e) {
        throw new IllegalStateException("not JSON: " + text, e);
      }
    }

    @Override
    public String toString() {
      return status + " " + text;
    }
  }

  private final String token;

  private Api(String token) {
    this.token = token;
  }

  /** A demo person; their first call registers their organization, as any sign-in would. */
  public static Api as(String username) {
    Api api = new Api(Tokens.forUser(username));
    api.get("/api/me");
    return api;
  }

  /** A machine client with its own token (client credentials), e.g. {@code ncsa-machine}. */
  public static Api asMachine(String clientId) {
    Api api = new Api(Tokens.forMachine(clientId));
    api.get("/api/me");
    return api;
  }

  public static Api anonymous() {
    return new Api(null);
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  public Reply post(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json").POST(body(body)));
  }

  public Reply put(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json").PUT(body(body)));
  }

  /** Sends a raw body with the given media type, for malformed-input tests. */
  public Reply postRaw(String path, String contentType, String body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(TestServers.PORTAL.resolve(path));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private static HttpRequest.BodyPublisher body(Object body) {
    try {
      return HttpRequest.BodyPublishers.ofString(body == null ? "" : JSON.writeValueAsString(body));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
