package org.scrmportal.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.scrmportal.launcher.DemoAccounts;

/**
 * A person at headless Chromium (Debian's chromium and chromium-driver), signed in through
 * Keycloak.
 */
public final class Browser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final WebDriver driver;
  private final WebDriverWait wait;

  private Browser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--window-size=1280,900");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    this.driver = new ChromeDriver(service, options);
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /**
   * Skips the calling test class where no Chromium is installed, saying how to install it; in CI
   * ({@code CI} set) a missing Chromium fails instead.
   */
  public static void requireChromium() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && System.getenv("CI") == null) {
      Assumptions.abort(
          "Browser tests skipped: no Chromium. Install it with: "
              + "sudo apt-get install -y chromium chromium-driver");
    }
    assertTrue(
        installed, "CI must run the browser tests: .ci/run installs chromium and chromium-driver");
  }

  /** Opens the portal, signs in at Keycloak's page and waits for the who-am-I page. */
  public static Browser signIn(String username) {
    Browser browser = new Browser();
    try {
      browser.driver.get(TestServers.PORTAL.toString());
      browser.waitFor(By.id("username"));
      assertTrue(
          browser.driver.getCurrentUrl().startsWith(TestServers.issuer().toString()),
          "sent to Keycloak to sign in: " + browser.driver.getCurrentUrl());
      browser.driver.findElement(By.id("username")).sendKeys(username);
      browser.driver.findElement(By.id("password")).sendKeys(DemoAccounts.PASSWORD);
      browser.driver.findElement(By.id("kc-login")).click();
      browser.waitFor(By.id("display-name"));
      return browser;
    } catch (RuntimeException | AssertionError e) {
      browser.close();
      throw e;
    }
  }

  /** Opens a page of the portal, e.g. {@code alerts.xhtml}. */
  public Browser open(String page) {
    driver.get(TestServers.PORTAL.resolve(page).toString());
    waitFor(By.className("portal-main"));
    return this;
  }

  public WebElement waitFor(By locator) {
    try {
      return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    } catch (TimeoutException e) {
      return fail("No " + locator + " at " + driver.getCurrentUrl() + ": " + bodyText());
    }
  }

  public WebDriver driver() {
    return driver;
  }

  public String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
