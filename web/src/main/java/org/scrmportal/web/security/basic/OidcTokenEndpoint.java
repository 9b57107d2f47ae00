package org.scrmportal.web.security.basic;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The realm's token endpoint, asked for the client-credentials grant (RFC 6749 section 4.4) with
 * the client's id and secret in the form body. Blocks: call it from a worker thread only. Logs
 * neither secrets nor tokens.
 */
final class OidcTokenEndpoint implements TokenEndpoint {

  private static final Logger LOG = Logger.getLogger(OidcTokenEndpoint.class.getName());

  private final URI uri;
  private final Duration timeout;
  private final HttpClient http;

  OidcTokenEndpoint(URI uri, Duration timeout) {
    this.uri = uri;
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** The token endpoint of the OIDC provider (issuer) at {@code providerUrl}. */
  static URI of(String providerUrl) {
    String issuer =
        providerUrl.endsWith("/")
            ? providerUrl.substring(0, providerUrl.length() - 1)
            : providerUrl;
    return URI.create(issuer + "/protocol/openid-connect/token");
  }

  @Override
  public Optional<IssuedToken> clientCredentials(BasicCredentials credentials) {
    String form =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(credentials.clientId(), StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(credentials.secret(), StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        // 400/401 for unknown clients, wrong secrets, clients without service accounts
        LOG.fine(() -> "Token endpoint refused HTTP Basic credentials: " + response.statusCode());
        return Optional.empty();
      }
      Optional<IssuedToken> token = IssuedToken.parse(response.body());
      if (token.isEmpty()) {
        LOG.warning("Token endpoint answered 200 without a bearer access token");
      }
      return token;
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Token endpoint unreachable, HTTP Basic not exchanged: " + e);
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
