package org.scrmportal.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import org.scrmportal.launcher.DemoAccounts;

/** Real access tokens from the test Keycloak, as the portal's users and machine clients get them. */
public final class Tokens {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private Tokens() {}

  /** A demo person's token through the command-line client (password grant). */
  public static String forUser(String username) {
    return token(Map.of("grant_type", "password", "client_id", "scrm-cli", "username", username,
        "password", DemoAccounts.PASSWORD));
  }

  /** A token that expires two seconds after it is issued. */
  public static String shortLivedForUser(String username) {
    return token(Map.of("grant_type", "password", "client_id", "scrm-cli-shortlived", "username", username,
        "password", DemoAccounts.PASSWORD));
  }

  /** A machine client's token (client credentials), e.g. {@code acme-components-machine}. */
  public static String forMachine(String clientId) {
    return token(Map.of("grant_type", "client_credentials", "client_id", clientId,
        "client_secret", clientId + "-secret"));
  }

  /** The decoded payload of a JWT. */
  public static JsonNode payload(String jwt) {
    try {
      return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String token(Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpRequest request = HttpRequest.newBuilder(URI.create(TestServers.issuer() + "/protocol/openid-connect/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("Keycloak refused " + form.get("grant_type") + ": " + response.body());
      }
      return JSON.readTree(response.body()).get("access_token").asText();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
