package org.scrmportal.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.scrmportal.it.support.Browser;
import org.scrmportal.it.support.BrowserTest;
import org.scrmportal.it.support.TestServers;
import org.scrmportal.launcher.DemoAccounts;

/**
 * A person signs in as they would: headless Chromium opens the portal, is sent to Keycloak's login
 * page, signs in with a demo account, lands on the dashboard and finds who it is on "My account".
 * Every demo account of the realm file is tried.
 */
class LoginFlowIT extends BrowserTest {

  @Test
  void everyDemoAccountSignsInAndSeesWhoItIs() throws Exception {
    List<Executable> checks = new ArrayList<>();
    for (DemoAccounts.Account account : DemoAccounts.read()) {
      try (Browser browser = Browser.signIn(account.username())) {
        browser.open("account.xhtml"); // the home page is the dashboard; who-am-I is "My account"
        String url = browser.currentUrl();
        String username = browser.driver().findElement(By.id("username")).getText();
        boolean member = !account.organization().equals("(none)");
        String organization =
            browser.driver().findElement(By.id(member ? "org-id" : "no-organization")).getText();
        checks.add(
            () ->
                assertTrue(
                    url.startsWith(TestServers.PORTAL.toString()),
                    account.username() + " at " + url));
        checks.add(
            () -> assertEquals(account.username(), username, "who-am-I of " + account.username()));
        checks.add(
            () ->
                assertTrue(
                    member
                        ? organization.equals(account.organization())
                        : organization.contains("do not belong"),
                    account.username() + " sees organization " + organization));
      }
    }
    assertAll(checks);
  }

  /**
   * Browser hardening on real responses: pages with a Content-Security-Policy that allows no inline
   * script (PrimeFaces' scripts carry the page's nonce) and no framing, nosniff and a
   * Referrer-Policy everywhere, the machine interfaces too; the session cookie SameSite=Lax (the
   * code flow above still signs in) and, over plain HTTP, not Secure.
   */
  @Test
  void everyResponseCarriesTheBrowserHardeningHeaders() throws Exception {
    try (Browser browser = Browser.signIn("alice")) {
      Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
      assertEquals("Lax", session.getSameSite(), "the session cookie after the code flow");
      assertFalse(session.isSecure(), "plain HTTP from a client, no trusted proxy: not Secure");

      for (String page : List.of("", "upload.xhtml", "alerts.xhtml", "indicators.xhtml")) {
        browser.open(page);
        HttpResponse<String> response = browser.fetch(page);
        assertEquals(200, response.statusCode(), page + ": " + response.body());
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        String scriptSrc = directive(csp, "script-src");
        assertTrue(scriptSrc.contains("'self'"), page + ": " + csp);
        assertFalse(scriptSrc.contains("'unsafe-inline'"), page + ": " + csp);
        assertFalse(scriptSrc.contains("'unsafe-eval'"), page + ": " + csp);
        assertTrue(scriptSrc.contains("'nonce-"), "PrimeFaces' scripts run by the nonce: " + csp);
        assertEquals("'none'", directive(csp, "frame-ancestors"), page + ": " + csp);
        assertEquals(
            1,
            response.headers().allValues("Content-Security-Policy").size(),
            "one policy, not two to intersect");
        assertHardened(response, page);
      }
    }
    HttpClient http = HttpClient.newHttpClient();
    for (String path : List.of("api/me", "taxii2/", "resources/js/upload.js")) {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(TestServers.PORTAL.resolve(path)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertHardened(response, path);
      assertEquals(
          "'none'",
          directive(
              response.headers().firstValue("Content-Security-Policy").orElse(""),
              "frame-ancestors"),
          path);
    }
  }

  private static void assertHardened(HttpResponse<String> response, String path) {
    assertEquals(
        "nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), path);
    assertEquals(
        "same-origin", response.headers().firstValue("Referrer-Policy").orElse(null), path);
  }

  /** The value of one directive of a policy ("" where it has none). */
  private static String directive(String policy, String name) {
    for (String directive : policy.split(";")) {
      String trimmed = directive.strip();
      if (trimmed.startsWith(name + " ")) {
        return trimmed.substring(name.length() + 1).strip();
      }
    }
    return "";
  }
}
