package org.scrmportal.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.openqa.selenium.By;
import org.scrmportal.it.support.Browser;
import org.scrmportal.it.support.BrowserTest;
import org.scrmportal.it.support.TestServers;
import org.scrmportal.launcher.DemoAccounts;

/**
 * A person signs in as they would: headless Chromium opens the portal, is sent to Keycloak's login
 * page, signs in with a demo account and lands on the who-am-I page. Every demo account of the
 * realm file is tried.
 */
class LoginFlowIT extends BrowserTest {

  @Test
  void everyDemoAccountSignsInAndSeesWhoItIs() throws Exception {
    List<Executable> checks = new ArrayList<>();
    for (DemoAccounts.Account account : DemoAccounts.read()) {
      try (Browser browser = Browser.signIn(account.username())) {
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
}
