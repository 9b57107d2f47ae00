package org.scrmportal.it.federation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.scrmportal.it.support.RawApi;
import org.scrmportal.it.support.TestServers;

/**
 * A machine client at the test Keycloak's token endpoint (client credentials grant) with the secret
 * the portal gave it, and the portal's API with the token it got.
 */
final class ClientCredentials {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Keycloak's answer: 200 with a token, or the refusal. */
  record Grant(int status, String body) {
    String token() {
      if (status != 200) {
        throw new AssertionError("Keycloak refused the client: " + status + " " + body);
      }
      try {
        return JSON.readTree(body).get("access_token").asText();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private ClientCredentials() {}

  static Grant grant(String clientId, String secret) {
    String form =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(TestServers.issuer() + "/protocol/openid-connect/token"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return new Grant(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code GET path} of the portal with {@code token}. */
  static RawApi.Reply get(String token, String path) {
    return RawApi.send(
        HttpRequest.newBuilder(TestServers.PORTAL.resolve(path))
            .header("Authorization", "Bearer " + token)
            .header(
                "Accept",
                path.startsWith("/taxii2")
                    ? "application/taxii+json;version=2.1"
                    : "application/json")
            .GET());
  }
}
