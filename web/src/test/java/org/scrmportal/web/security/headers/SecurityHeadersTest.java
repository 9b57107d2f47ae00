package org.scrmportal.web.security.headers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  private static final String PAGES =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          + "object-src 'none'; frame-ancestors 'none'";
  private static final String MACHINES = "default-src 'none'; frame-ancestors 'none'";

  private static SecurityHeaders headers(boolean trustProxy) {
    return new SecurityHeaders(PAGES, MACHINES, "same-origin", "Lax", trustProxy);
  }

  @Test
  void aPageGetsTheNonceOfPrimeFacesInItsScriptSrcAndKeepsEveryOtherDirective() {
    Map<String, String> page =
        headers(false).headers("/alerts.xhtml", "script-src 'self' 'nonce-abc123'");
    String csp = page.get(SecurityHeaders.CSP);
    Map<String, String> directives = SecurityHeaders.directives(csp);
    assertEquals("'self' 'nonce-abc123'", directives.get("script-src"));
    assertEquals("'none'", directives.get("frame-ancestors"));
    assertEquals("'self'", directives.get("default-src"));
    assertEquals("'none'", directives.get("object-src"));
    assertFalse(csp.contains("unsafe-eval"), csp);
    assertFalse(directives.get("script-src").contains("unsafe-inline"), csp);
    assertEquals(1, csp.split("script-src", -1).length - 1, "one script-src: " + csp);
  }

  @Test
  void aResponseWithoutPrimeFacesGetsTheConfiguredPolicyWithNoInlineScript() {
    String csp = headers(false).headers("/resources/js/upload.js", null).get(SecurityHeaders.CSP);
    assertEquals(PAGES, csp);
    assertEquals("'self'", SecurityHeaders.directives(csp).get("script-src"));
  }

  @Test
  void theMachineInterfacesGetNosniffAndAPolicyThatLoadsNothing() {
    for (String path : new String[] {"/api/me", "/taxii2/", "/taxii2/api/collections/"}) {
      Map<String, String> answer = headers(false).headers(path, null);
      assertEquals("nosniff", answer.get(SecurityHeaders.NOSNIFF), path);
      assertEquals(MACHINES, answer.get(SecurityHeaders.CSP), path);
      assertEquals("same-origin", answer.get(SecurityHeaders.REFERRER_POLICY), path);
    }
  }

  @Test
  void everyPageResponseIsNosniffWithTheReferrerPolicy() {
    Map<String, String> page = headers(false).headers("/index.xhtml", null);
    assertEquals("nosniff", page.get(SecurityHeaders.NOSNIFF));
    assertEquals("same-origin", page.get(SecurityHeaders.REFERRER_POLICY));
  }

  @Test
  void cookiesAreSecureOverTlsAndBehindAProxyOnlyWhenTheProxyIsTrusted() {
    assertTrue(headers(false).secureCookies(true, null));
    assertFalse(headers(false).secureCookies(false, null));
    assertFalse(
        headers(false).secureCookies(false, "https"), "a proxy nobody trusts is not believed");
    assertTrue(headers(true).secureCookies(false, "https"));
    assertTrue(headers(true).secureCookies(false, " HTTPS "));
    assertFalse(headers(true).secureCookies(false, "http"));
    assertFalse(headers(true).secureCookies(false, null));
  }

  @Test
  void sameSiteIsLaxOrStrictAndAPolicyWithoutFrameAncestorsIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new SecurityHeaders(PAGES, MACHINES, "no-referrer", "None", false));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SecurityHeaders("default-src 'self'", MACHINES, "no-referrer", "Lax", false));
    assertEquals(
        "Strict", new SecurityHeaders(PAGES, MACHINES, "no-referrer", "Strict", false).sameSite());
  }

  @Test
  void directivesAreReadCaseInsensitivelyAndTheFirstOfANameWins() {
    Map<String, String> d =
        SecurityHeaders.directives(" Script-Src 'self' ; script-src *;frame-ancestors 'none';");
    assertEquals("'self'", d.get("script-src"));
    assertEquals("'none'", d.get("frame-ancestors"));
    assertEquals(2, d.size());
  }
}
