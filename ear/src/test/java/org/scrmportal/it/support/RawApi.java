package org.scrmportal.it.supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.scrmportal.it.support.TestServers;
import org.scrmportal.it.support.Tokens;

/** The supplier API ({@code /api/inventory}, {@code /api/notices}) over HTTP, as one person. */
final class SupplierClient {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  record Reply(int status, byte[] body) {
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
      return status + " " + text();
    }
  }

  private final String token;

  private SupplierClient(String token) {
    this.token = token;
  }

  /** A demo person; the first call registers their organization, as a sign-in does. */
  static SupplierClient as(String username) {
    SupplierClient client = new SupplierClient(Tokens.forUser(username));
    client.get("/api/me");
    return client;
  }

  static SupplierClient anonymous() {
    return new SupplierClient(null);
  }

  Reply get(String path) {
    return send(request(TestServers.PORTAL.resolve(path)).GET());
  }

  Reply delete(String path) {
    return send(request(TestServers.PORTAL.resolve(path)).DELETE());
  }

  Reply post(String path, String contentType, byte[] body) {
    return send(
        request(TestServers.PORTAL.resolve(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  Reply postJson(String path, Object body) {
    try {
      return post(path, "application/json", JSON.writeValueAsBytes(body));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  Reply putJson(String path, Object body) {
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

  static Reply send(HttpRequest.Builder request) {
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
