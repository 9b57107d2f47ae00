package org.scrmportal.web.security.headers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.scrmportal.web.security.PortalOidcConfigResolver;

/**
 * What the browser is told about every response, decided without a server: the Content Security
 * Policy (no inline script: PrimeFaces' CSP mode gives each page a nonce and its {@code
 * script-src}, which replaces the configured one), {@code X-Content-Type-Options: nosniff}, the
 * Referrer-Policy, and the attributes of the session cookie ({@code SameSite}; {@code Secure} when
 * the request came over TLS, or through a proxy that says so and that the settings trust).
 *
 * @param pagePolicy the CSP of pages and their resources (its {@code script-src} is PrimeFaces'
 *     where a page has one)
 * @param machinePolicy the CSP of the machine interfaces ({@code /api}, {@code /taxii2}): JSON,
 *     nothing to load
 * @param referrerPolicy the Referrer-Policy value
 * @param sameSite the session cookie's SameSite attribute: {@code Lax} or {@code Strict}
 * @param trustForwardedProto whether a TLS-terminating proxy in front is trusted to say {@code
 *     X-Forwarded-Proto: https}
 */
public record SecurityHeaders(
    String pagePolicy,
    String machinePolicy,
    String referrerPolicy,
    String sameSite,
    boolean trustForwardedProto) {

  public static final String CSP = "Content-Security-Policy";
  public static final String NOSNIFF = "X-Content-Type-Options";
  public static final String REFERRER_POLICY = "Referrer-Policy";

  private static final Set<String> SAME_SITE = Set.of("Lax", "Strict");

  public SecurityHeaders {
    Objects.requireNonNull(pagePolicy, "pagePolicy");
    Objects.requireNonNull(machinePolicy, "machinePolicy");
    Objects.requireNonNull(referrerPolicy, "referrerPolicy");
    if (!SAME_SITE.contains(sameSite)) {
      throw new IllegalArgumentException(
          "the session cookie's SameSite must be Lax or Strict (Lax keeps the OIDC code flow "
              + "working when Keycloak is on another site), not "
              + sameSite);
    }
    if (!directives(pagePolicy).containsKey("frame-ancestors")
        || !directives(machinePolicy).containsKey("frame-ancestors")) {
      throw new IllegalArgumentException("a Content-Security-Policy without frame-ancestors");
    }
  }

  /**
   * The headers of a response to {@code path}.
   *
   * @param path the path within the portal, e.g. {@code /alerts.xhtml} or {@code /taxii2/}
   * @param facesPolicy the CSP PrimeFaces set for this response (its nonce), or null
   */
  public Map<String, String> headers(String path, String facesPolicy) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(
        CSP,
        PortalOidcConfigResolver.isMachineInterface(path)
            ? machinePolicy
            : merge(pagePolicy, facesPolicy));
    headers.put(NOSNIFF, "nosniff");
    headers.put(REFERRER_POLICY, referrerPolicy);
    return headers;
  }

  /**
   * Whether cookies get {@code Secure}: when the request came over TLS, or when a trusted proxy
   * says it did ({@code X-Forwarded-Proto: https}); a proxy nobody trusts is not believed.
   */
  public boolean secureCookies(boolean requestSecure, String forwardedProto) {
    return requestSecure
        || (trustForwardedProto
            && forwardedProto != null
            && forwardedProto.strip().toLowerCase(Locale.ROOT).startsWith("https"));
  }

  /**
   * The configured page policy with PrimeFaces' {@code script-src} (which names the page's nonce)
   * in place of its own; the other directives of PrimeFaces' policy, if any, are added when the
   * configured one lacks them.
   */
  static String merge(String configured, String faces) {
    Map<String, String> merged = directives(configured);
    if (faces != null) {
      directives(faces)
          .forEach(
              (name, value) -> {
                if (name.equals("script-src") || !merged.containsKey(name)) {
                  merged.put(name, value);
                }
              });
    }
    List<String> parts = new ArrayList<>();
    merged.forEach((name, value) -> parts.add(value.isEmpty() ? name : name + " " + value));
    return String.join("; ", parts);
  }

  /** The directives of a policy, by lower-case name, in order; the first of a name wins (CSP3). */
  static Map<String, String> directives(String policy) {
    Map<String, String> directives = new LinkedHashMap<>();
    for (String directive : policy.split(";")) {
      String trimmed = directive.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      String[] nameAndValue = trimmed.split("\\s+", 2);
      directives.putIfAbsent(
          nameAndValue[0].toLowerCase(Locale.ROOT),
          nameAndValue.length > 1 ? nameAndValue[1].strip() : "");
    }
    return directives;
  }
}
