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
 * the client's id and secret in the form body. Blocks, at most about {@code connectTimeout} plus
 * {@code readTimeout}: call it from a worker thread only. A refusal is 400 or 401 with an OAuth
 * error (RFC 6749 section 5.2); anything else that is not a token (no connection, a timeout, 5xx,
 * 429, a redirect, a 200 without a bearer token) says nothing about the credentials and is {@link
 * TokenEndpoint.Unavailable}. Logs neither secrets nor tokens.
 */
final class OidcTokenEndpoint implements TokenEndpoint {

  private static final Logger LOG = Logger.getLogger(OidcTokenEndpoint.class.getName());

  private final URI uri;
  private final Duration readTimeout;
  private final HttpClient http;

  OidcTokenEndpoint(URI uri, Duration connectTimeout, Duration readTimeout) {
    this.uri = uri;
    this.readTimeout = readTimeout;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(connectTimeout)
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
  public Optional<IssuedToken> clientCredentials(BasicCredentials credentials) throws Unavailable {
    String form =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(credentials.clientId(), StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(credentials.secret(), StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(readTimeout)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      // HttpConnectTimeoutException and HttpTimeoutException included
      LOG.log(Level.WARNING, "Token endpoint unreachable, HTTP Basic not exchanged: " + e);
      throw new Unavailable("token endpoint unreachable: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable("interrupted");
    }
    int status = response.statusCode();
    if (status == 400 || status == 401) {
      // unknown clients, wrong secrets, clients without service accounts (RFC 6749 section 5.2)
      LOG.fine(() -> "Token endpoint refused HTTP Basic credentials: " + status);
      return Optional.empty();
    }
    if (status != 200) {
      LOG.warning("Token endpoint answered " + status + ", HTTP Basic not exchanged");
      throw new Unavailable("token endpoint answered " + status);
    }
    Optional<IssuedToken> token = IssuedToken.parse(response.body());
    if (token.isEmpty()) {
      LOG.warning("Token endpoint answered 200 without a bearer access token");
      throw new Unavailable("token endpoint answered 200 without a bearer access token");
    }
    return token;
  }
}
