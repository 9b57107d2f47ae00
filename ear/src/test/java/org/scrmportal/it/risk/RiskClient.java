package org.scrmportal.it.risk;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.scrmportal.it.support.RawApi;
import org.scrmportal.it.support.RawApi.Reply;
import org.scrmportal.it.support.TestServers;
import org.scrmportal.it.support.Tokens;

/** The portal API over HTTP as one caller, for the risk tests (with DELETE and raw bodies). */
final class RiskClient {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final String token;

  private RiskClient(String name, String token) {
    this.name = name;
    this.token = token;
  }

  /** A demo person; the first call registers their organization, as a sign-in does. */
  static RiskClient as(String username) {
    RiskClient client = new RiskClient(username, Tokens.forUser(username));
    client.get("/api/me");
    return client;
  }

  static RiskClient anonymous() {
    return new RiskClient("no token", null);
  }

  String name() {
    return name;
  }

  Reply get(String path) {
    return RawApi.send(request(path).GET());
  }

  Reply delete(String path) {
    return RawApi.send(request(path).DELETE());
  }

  Reply post(String path, String contentType, byte[] body) {
    return RawApi.send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  Reply postJson(String path, Object body) {
    return post(path, "application/json", bytes(body));
  }

  Reply putJson(String path, Object body) {
    return RawApi.send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes(body))));
  }

  private static byte[] bytes(Object body) {
    try {
      return body instanceof byte[] b ? b : JSON.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(TestServers.PORTAL.resolve(path)).timeout(Duration.ofMinutes(1));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }
}
