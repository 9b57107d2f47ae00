package org.scrmportal.identity.federation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * An OpenID Connect provider's discovery document (OpenID Connect Discovery 1.0): where it is
 * (section 4: {@code <issuer>/.well-known/openid-configuration}) and what it must say: the {@code
 * issuer} identical to the issuer whose document was asked for (section 4.3), and endpoints that
 * are https (or on a host the operators allowed).
 */
final class OidcDiscovery {

  static final String WELL_KNOWN = "/.well-known/openid-configuration";

  /** At most this many bytes of discovery document are read. */
  static final int MAX_BYTES = 256 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  private OidcDiscovery() {}

  /** The issuer named by an issuer URL or a discovery document URL. */
  static String issuer(URI issuerOrDiscoveryUrl) {
    String url = issuerOrDiscoveryUrl.toString();
    if (url.endsWith(WELL_KNOWN)) {
      return url.substring(0, url.length() - WELL_KNOWN.length());
    }
    return url;
  }

  /** Where the issuer's discovery document is. */
  static URI documentUrl(String issuer) {
    String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    return URI.create(base + WELL_KNOWN);
  }

  /** What a discovery document said, once checked. */
  record Discovered(String issuer, Onboarding.OidcEndpoints endpoints) {}

  /**
   * Checks {@code document} against the issuer expected.
   *
   * @param allowedHost hosts on which http (not only https) is accepted
   * @throws MetadataRefused naming every problem
   */
  static Discovered check(String expectedIssuer, byte[] document, Predicate<String> allowedHost) {
    List<String> problems = new ArrayList<>();
    JsonNode json;
    try {
      json = JSON.readTree(document);
    } catch (IOException | RuntimeException e) {
      throw refused(List.of("The discovery document is not JSON"));
    }
    if (json == null || !json.isObject()) {
      throw refused(List.of("The discovery document is not a JSON object"));
    }
    String issuer = text(json, "issuer", problems);
    if (issuer != null && !issuer.equals(expectedIssuer)) {
      problems.add(
          "The document's issuer "
              + issuer
              + " is not the issuer asked for, "
              + expectedIssuer
              + " (OpenID Connect Discovery 1.0 section 4.3)");
    }
    checkUrl("issuer", issuer, allowedHost, problems);
    String authorization = endpoint(json, "authorization_endpoint", true, allowedHost, problems);
    String token = endpoint(json, "token_endpoint", true, allowedHost, problems);
    String jwks = endpoint(json, "jwks_uri", true, allowedHost, problems);
    String userInfo = endpoint(json, "userinfo_endpoint", false, allowedHost, problems);
    if (!problems.isEmpty()) {
      throw refused(problems);
    }
    return new Discovered(
        issuer, new Onboarding.OidcEndpoints(authorization, token, jwks, userInfo));
  }

  private static String endpoint(
      JsonNode json,
      String field,
      boolean required,
      Predicate<String> allowedHost,
      List<String> problems) {
    if (!required && (json.get(field) == null || json.get(field).isNull())) {
      return null;
    }
    String value = text(json, field, problems);
    checkUrl(field, value, allowedHost, problems);
    return value;
  }

  private static String text(JsonNode json, String field, List<String> problems) {
    JsonNode node = json.get(field);
    if (node == null || !node.isTextual() || node.asText().isBlank()) {
      problems.add("The discovery document has no " + field);
      return null;
    }
    if (node.asText().length() > 2048) {
      problems.add("The discovery document's " + field + " is longer than 2048 characters");
      return null;
    }
    return node.asText();
  }

  /** An absolute https URL, or http(s) on an allowed host; no user information, no fragment. */
  static void checkUrl(
      String field, String value, Predicate<String> allowedHost, List<String> problems) {
    if (value == null) {
      return;
    }
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      problems.add("The " + field + " is not a URL");
      return;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
      problems.add("The " + field + " must be an absolute URL with a host, no user information");
      return;
    }
    boolean allowed = allowedHost.test(uri.getHost());
    if (!scheme.equals("https") && !(allowed && scheme.equals("http"))) {
      problems.add("The " + field + " must be an https URL: " + value);
    }
  }

  private static MetadataRefused refused(List<String> problems) {
    return new MetadataRefused("The OpenID Connect discovery document is refused", problems);
  }
}
