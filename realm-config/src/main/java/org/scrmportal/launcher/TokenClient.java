package org.scrmportal.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Access tokens from the realm's token endpoint, as the demo people (password grant through the
 * public {@code scrm-cli} client) and machine clients (client credentials) get them. For the demo
 * content and the tests; the portal itself never asks for tokens.
 */
public final class TokenClient {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI issuer;

  public TokenClient(URI issuer) {
    this.issuer = issuer;
  }

  /** A demo person's token through {@code client} (a public client with direct access grants). */
  public String forUser(String client, String username) {
    return token(
        Map.of(
            "grant_type",
            "password",
            "client_id",
            client,
            "username",
            username,
            "password",
            DemoAccounts.PASSWORD));
  }

  /** A demo person's token through the command-line client {@code scrm-cli}. */
  public String forUser(String username) {
    return forUser("scrm-cli", username);
  }

  /** A machine client's token; the demo secrets are {@code <client id>-secret}. */
  public String forMachine(String clientId) {
    return token(
        Map.of(
            "grant_type",
            "client_credentials",
            "client_id",
            clientId,
            "client_secret",
            clientId + "-secret"));
  }

  private String token(Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "Keycloak refused "
                + form.get("grant_type")
                + " for "
                + form.getOrDefault("username", form.get("client_id"))
                + ": "
                + response.body());
      }
      return JSON.readTree(response.body()).get("access_token").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
