package org.scrmportal.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
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
    // the console, where Chromium reports what the Content-Security-Policy refused
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
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

  /** Opens the portal, signs in at Keycloak's page and waits for the dashboard (the home page). */
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

  /**
   * Opens the portal, chooses the identity provider {@code alias} on Keycloak's login page (its
   * button {@code social-<alias>}), signs in on that provider's own Keycloak login page (a {@link
   * PartnerRealm}) and waits for the dashboard: a brokered first sign-in needs no further page when
   * the provider sends email, first and last name.
   */
  public static Browser signInThrough(String alias, String username, String password) {
    Browser browser = new Browser();
    try {
      browser.driver.get(TestServers.PORTAL.toString());
      browser.waitFor(By.id("social-" + alias)).click();
      browser.waitFor(By.id("username"));
      assertTrue(
          !browser.driver.getCurrentUrl().startsWith(TestServers.issuer().toString()),
          "sent to the provider to sign in: " + browser.driver.getCurrentUrl());
      browser.driver.findElement(By.id("username")).sendKeys(username);
      browser.driver.findElement(By.id("password")).sendKeys(password);
      browser.driver.findElement(By.id("kc-login")).click();
      browser.waitFor(By.id("display-name"));
      return browser;
    } catch (RuntimeException | AssertionError e) {
      browser.close();
      throw e;
    }
  }

  /**
   * Opens a page of the portal, e.g. {@code alerts.xhtml}, and checks that the pages so far broke
   * no rule of the Content-Security-Policy.
   */
  public Browser open(String page) {
    assertNoCspViolation();
    driver.get(TestServers.PORTAL.resolve(page).toString());
    waitFor(By.className("portal-main"));
    return this;
  }

  /**
   * Fails when Chromium's console reports that the portal's Content-Security-Policy refused
   * something (an inline script, an event handler, a resource), or a script of the portal failed,
   * since the last look.
   */
  public void assertNoCspViolation() {
    List<String> violations =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .map(LogEntry::getMessage)
            .filter(m -> m.startsWith(TestServers.PORTAL.toString()))
            .filter(m -> m.contains("Content Security Policy") || m.contains("Uncaught"))
            .toList();
    assertTrue(violations.isEmpty(), "the portal's pages broke its CSP: " + violations);
  }

  /**
   * Asks the portal for {@code path} as this signed-in person (with the browser's session cookie),
   * outside the browser, to read the response's headers.
   */
  public HttpResponse<String> fetch(String path) throws IOException, InterruptedException {
    Cookie session = driver.manage().getCookieNamed("JSESSIONID");
    HttpRequest.Builder request = HttpRequest.newBuilder(TestServers.PORTAL.resolve(path));
    if (session != null) {
      request.header("Cookie", "JSESSIONID=" + session.getValue());
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
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

  /**
   * Checks the last pages for CSP violations, then quits the browser. Where the environment names a
   * folder in {@code SCRM_IT_SCREENSHOTS}, the last page is saved there first, to look at.
   */
  @Override
  public void close() {
    try {
      String folder = System.getenv("SCRM_IT_SCREENSHOTS");
      if (folder != null && !folder.isBlank()) {
        Path shot =
            Path.of(folder)
                .resolve(
                    System.currentTimeMillis()
                        + "-"
                        + driver.getCurrentUrl().replaceAll("[^A-Za-z0-9.]+", "_")
                        + ".png");
        Files.createDirectories(shot.getParent());
        driver.manage().window().setSize(new Dimension(1280, 2400)); // the whole page, mostly
        Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      }
      assertNoCspViolation();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.quit();
    }
  }
}
