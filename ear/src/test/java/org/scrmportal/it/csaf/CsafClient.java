package org.scrmportal.it.csaf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.scrmportal.it.support.TestServers;
import org.scrmportal.it.support.Tokens;

/** The CSAF advisory API ({@code /api/csaf}) over HTTP, as one caller with a real token. */
final class CsafClient {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  /** A response: status, media type, headers' Location, and the body's bytes. */
  record Reply(int status, String contentType, String location, byte[] body) {
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

  final String name;
  private final String token;

  private CsafClient(String name, String token) {
    this.name = name;
    this.token = token;
  }

  /** A demo person; the first call registers their organization, as any sign-in does. */
  static CsafClient as(String username) {
    CsafClient client = new CsafClient(username, Tokens.forUser(username));
    client.get("/api/me");
    return client;
  }

  static CsafClient machine(String clientId) {
    CsafClient client = new CsafClient(clientId, Tokens.forMachine(clientId));
    client.get("/api/me");
    return client;
  }

  static CsafClient anonymous() {
    return new CsafClient("anonymous", null);
  }

  Reply get(String path) {
    return send(request(path).GET());
  }

  Reply postJson(String path, Object body) {
    try {
      return postBytes(path, "application/json", JSON.writeValueAsBytes(body));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  Reply postBytes(String path, String contentType, byte[] body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** {@code POST /api/csaf/advisories} with one document. */
  Reply submit(byte[] document) {
    return submit(document, "");
  }

  Reply submit(byte[] document, String query) {
    return postBytes("/api/csaf/advisories" + query, "application/json", document);
  }

  /** A multipart/form-data upload of {@code files} (name to bytes), each a part "file". */
  Reply upload(Map<String, byte[]> files) {
    String boundary = "scrm-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                  + file.getKey()
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file.getValue());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return postBytes(
        "/api/csaf/advisories", "multipart/form-data; boundary=" + boundary, body.toByteArray());
  }

  /** Follows a batch until it is complete (at most two minutes). */
  JsonNode awaitBatch(String location) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (true) {
      Reply reply = get(location);
      if (reply.status() != 200) {
        throw new AssertionError("GET " + location + ": " + reply);
      }
      JsonNode batch = reply.json();
      if ("complete".equals(batch.path("state").asText())) {
        return batch;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("batch still running: " + batch);
      }
      Thread.sleep(300);
    }
  }

  /** Grants {@code namespace} to {@code organization} (the caller must be an operator). */
  void grant(String organization, String namespace) {
    Reply reply =
        postJson(
            "/api/csaf/namespaces", Map.of("organization", organization, "namespace", namespace));
    if (reply.status() != 201) {
      throw new AssertionError("grant " + namespace + " to " + organization + ": " + reply);
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(TestServers.PORTAL.resolve(path)).timeout(Duration.ofMinutes(2));
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
          response.headers().firstValue("Location").orElse(null),
          response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String sha512(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A namespace no other test uses. */
  static String uniqueNamespace(String who) {
    return "https://" + who + "-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
  }
}
