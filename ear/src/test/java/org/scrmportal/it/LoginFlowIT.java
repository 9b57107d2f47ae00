package org.scrmportal.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.scrmportal.it.support.Deployments;
import org.scrmportal.it.support.TestServers;
import org.scrmportal.launcher.DemoAccounts;

/**
 * A person signs in as they would: headless Chromium opens the portal, is sent to Keycloak's login
 * page, signs in with a demo account and lands on the who-am-I page. Every demo account of the
 * realm file is tried.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginFlowIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return Deployments.portal();
  }

  @BeforeAll
  static void requireChromium() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && System.getenv("CI") == null) {
      Assumptions.abort("Browser tests skipped: no Chromium. Install it with: "
          + "sudo apt-get install -y chromium chromium-driver");
    }
    assertTrue(installed, "CI must run the browser tests: .ci/run installs chromium and chromium-driver");
  }

  @Test
  void everyDemoAccountSignsInAndSeesWhoItIs() throws Exception {
    List<Executable> checks = new ArrayList<>();
    for (DemoAccounts.Account account : DemoAccounts.read()) {
      WebDriver browser = startBrowser();
      try {
        browser.get(TestServers.PORTAL.toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertTrue(browser.getCurrentUrl().startsWith(TestServers.issuer().toString()),
            "sent to Keycloak to sign in: " + browser.getCurrentUrl());
        browser.findElement(By.id("username")).sendKeys(account.username());
        browser.findElement(By.id("password")).sendKeys(DemoAccounts.PASSWORD);
        browser.findElement(By.id("kc-login")).click();

        try {
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("display-name")));
        } catch (TimeoutException e) {
          fail(account.username() + " did not reach the who-am-I page; at " + browser.getCurrentUrl() + ": "
              + browser.findElement(By.tagName("body")).getText());
        }
        String url = browser.getCurrentUrl();
        String username = browser.findElement(By.id("username")).getText();
        String organization = account.organization().equals("(none)")
            ? browser.findElement(By.id("no-organization")).getText()
            : browser.findElement(By.id("org-id")).getText();
        checks.add(() -> assertTrue(url.startsWith(TestServers.PORTAL.toString()), account.username() + " back at " + url));
        checks.add(() -> assertEquals(account.username(), username, "who-am-I of " + account.username()));
        checks.add(() -> assertTrue(account.organization().equals("(none)")
            ? organization.contains("do not belong") : organization.equals(account.organization()),
            account.username() + " sees organization " + organization));
      } finally {
        browser.quit();
      }
    }
    assertAll(checks);
  }

  private static WebDriver startBrowser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--window-size=1280,900");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .build();
    return new ChromeDriver(service, options);
  }
}
