package org.scrmportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.scrmportal.it.support.Api;
import org.scrmportal.it.support.Browser;
import org.scrmportal.it.support.BrowserTest;

/**
 * The CSAF advisory pages in headless Chromium: a valid advisory shared on the upload page is
 * reported, stored byte for byte and rendered for people; an invalid one is reported with the test
 * number and JSON path that failed and is not stored; the validate-only page gives the verdict and
 * stores nothing; and an AMBER advisory never reaches another organization's list or dashboard.
 */
class AdvisoryPagesIT extends BrowserTest {

  private static final String NAMESPACE = "https://acme-components.example";

  private final List<Path> files = new ArrayList<>();

  @BeforeAll
  static void grantTheNamespace() {
    List.of("alice", "gina", "olivia").forEach(Api::as);
    Api.Reply granted =
        Api.as("olivia")
            .post(
                "/api/csaf/namespaces",
                Map.of("organization", "acme-components", "namespace", NAMESPACE));
    // granted now or by an earlier class (409); the uploads below show that it holds
    assertFalse(
        List.of(401, 403, 404).contains(granted.status()), "the operator grants: " + granted);
  }

  @AfterEach
  void deleteFiles() throws IOException {
    for (Path file : files) {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void aValidAdvisoryIsReportedStoredAsSubmittedAndRenderedForPeople() throws Exception {
    String tag = tag();
    String document = advisory(tag);
    Path file = file(tag, document);
    try (Browser alice = Browser.signIn("alice")) {
      upload(alice, file);
      assertEquals(
          "The advisory was stored.",
          alice.driver().findElement(By.id("summary")).getText(),
          alice.bodyText());
      assertTrue(hasClass(alice.driver().findElement(By.id("statusLine")), "outcome-success"));
      WebElement result = alice.driver().findElement(By.cssSelector(".document-result"));
      assertEquals("stored", result.findElement(By.className("document-outcome")).getText());
      result.findElement(By.className("advisory-link")).click();

      assertEquals(
          "ACME Relay Controller web console XSS " + tag,
          alice.waitFor(By.id("advisory-title")).getText());
      assertEquals("ACME-2024-" + tag, alice.driver().findElement(By.id("tracking-id")).getText());
      assertEquals("ACME Components", alice.driver().findElement(By.id("publisher")).getText());
      assertEquals("TLP:AMBER", alice.driver().findElement(By.id("tlp")).getText());
      WebElement vulnerability = alice.driver().findElement(By.id("vulnerability-0"));
      String text = vulnerability.getText();
      assertTrue(text.contains("CVE-2024-12345"), text);
      assertTrue(text.contains("CWE-79"), text);
      assertEquals("6.1", vulnerability.findElement(By.className("base-score")).getText());
      assertEquals(
          "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N",
          vulnerability.findElement(By.className("vector")).getText());
      assertTrue(
          vulnerability
              .findElement(By.className("status-known_affected"))
              .getText()
              .contains("ACME Relay Controller 2.1.0"),
          text);
      assertTrue(
          vulnerability
              .findElement(By.className("remediation"))
              .getText()
              .contains("vendor_fix: Update to version 2.1.1."),
          text);
      assertTrue(
          alice
              .driver()
              .findElement(By.id("products"))
              .getText()
              .contains("ACME Components / Relay Controller / 2.1.0"));

      // the original bytes, as the publisher submitted them, with their hash
      String href = alice.driver().findElement(By.id("download-json")).getAttribute("href");
      HttpResponse<String> original =
          alice.fetch(href.substring(href.indexOf("/advisory-files/") + 1));
      assertEquals(200, original.statusCode());
      assertEquals(document, original.body(), "byte for byte");
      String sha512 = alice.driver().findElement(By.cssSelector("#downloads .hash")).getText();
      assertEquals(sha512(document), sha512);
      HttpResponse<String> hashFile =
          alice.fetch(href.substring(href.indexOf("/advisory-files/") + 1) + ".sha512");
      assertTrue(hashFile.body().startsWith(sha512 + "  "), hashFile.body());

      alice.open("advisories.xhtml");
      assertTrue(
          alice.waitFor(By.id("advisories")).getText().contains("ACME-2024-" + tag),
          "the list shows it to its organization");
      alice.open("");
      assertTrue(
          alice.waitFor(By.id("new-advisories")).getText().contains("ACME-2024-" + tag),
          "the dashboard shows it as new");
      assertTrue(
          DashboardIT.chartLabels(alice, "chart-type").contains("csaf-advisory"),
          "advisories are a type of the chart");
    }
  }

  @Test
  void anInvalidAdvisoryIsReportedWithItsTestAndPathAndNothingIsStored() throws IOException {
    String tag = tag();
    Path file =
        file(
            tag,
            advisory(tag)
                .replace(
                    "\"RC-2.1.0\"\n        ],\n        \"fixed\"",
                    "\"RC-2.1.0\",\n          \"RC-9.9.9\"\n        ],\n        \"fixed\""));
    assertTrue(Files.readString(file).contains("RC-9.9.9"), "the document refers to no product");
    try (Browser alice = Browser.signIn("alice")) {
      upload(alice, file);
      WebElement statusLine = alice.driver().findElement(By.id("statusLine"));
      assertTrue(hasClass(statusLine, "outcome-error"), statusLine.getAttribute("class"));
      assertEquals("0", alice.driver().findElement(By.id("stored")).getText());
      WebElement result = alice.driver().findElement(By.cssSelector(".document-result"));
      assertEquals("invalid", result.findElement(By.className("document-outcome")).getText());
      List<String> rows =
          result.findElements(By.cssSelector("table.errors tbody tr")).stream()
              .map(WebElement::getText)
              .toList();
      assertTrue(
          rows.stream()
              .anyMatch(
                  r ->
                      r.startsWith("6.1.1 ")
                          && r.contains("/vulnerabilities/0/product_status/known_affected/1")),
          "the failed test and its JSON path: " + rows);
      assertTrue(result.findElements(By.className("advisory-link")).isEmpty());
    }
    assertNotListed(tag, "nothing stored");
  }

  @Test
  void theValidatePageGivesTheFullVerdictAndStoresNothing() {
    String tag = tag();
    String invalid = advisory(tag).replace("\"baseScore\": 6.1", "\"baseScore\": 9.9");
    try (Browser alice = Browser.signIn("alice")) {
      validate(alice, invalid);
      assertTrue(
          alice.driver().findElement(By.id("verdictSummary")).getText().startsWith("Not valid"),
          alice.bodyText());
      String errors = alice.driver().findElement(By.id("errors")).getText();
      assertTrue(errors.contains("6.1.9"), errors);
      assertTrue(errors.contains("/vulnerabilities/0/scores/0/cvss_v3"), errors);

      validate(alice, advisory(tag));
      assertTrue(
          alice
              .driver()
              .findElement(By.id("verdictSummary"))
              .getText()
              .startsWith("Valid CSAF 2.0"),
          alice.bodyText());
      assertTrue(alice.driver().findElements(By.id("errors")).isEmpty());
    }
    assertNotListed(tag, "validating stores nothing");
  }

  @Test
  void anAmberAdvisoryNeverReachesAnotherOrganization() throws IOException {
    String tag = tag();
    Path file = file(tag, advisory(tag));
    String id;
    try (Browser alice = Browser.signIn("alice")) {
      upload(alice, file);
      String href =
          alice
              .driver()
              .findElement(By.cssSelector(".document-result .advisory-link"))
              .getAttribute("href");
      id = href.replaceFirst(".*[?&]id=([0-9]+).*", "$1");
    }
    try (Browser gina = Browser.signIn("gina")) {
      assertFalse(
          gina.driver().findElement(By.id("new")).getText().contains(tag),
          "not on another organization's dashboard");
      gina.open("advisories.xhtml");
      assertFalse(gina.bodyText().contains(tag), "not in another organization's list");
      gina.open("advisory.xhtml?id=" + id);
      assertTrue(
          gina.waitFor(By.className("message-error")).getText().contains("No such advisory"),
          gina.bodyText());
      assertFalse(gina.bodyText().contains("Relay Controller"));
    }
  }

  /** The publisher's own list of advisories (which shows its AMBER ones) lacks the tracking id. */
  private static void assertNotListed(String tag, String why) {
    try (Browser alice = Browser.signIn("alice")) {
      alice.open("advisories.xhtml");
      alice.waitFor(By.tagName("h1"));
      assertFalse(alice.bodyText().contains("ACME-2024-" + tag), why);
    }
  }

  private static void upload(Browser browser, Path file) {
    browser.open("advisory-upload.xhtml");
    browser.driver().findElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
    browser.driver().findElement(By.id("upload:share")).click();
    browser.waitFor(By.cssSelector(".status-complete"));
  }

  private static void validate(Browser browser, String document) {
    browser.open("advisory-validate.xhtml");
    WebElement text = browser.waitFor(By.id("validate:text"));
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].value = arguments[1];", text, document);
    browser.driver().findElement(By.id("validate:check")).click();
    browser.waitFor(By.id("verdictSummary"));
  }

  private Path file(String tag, String content) throws IOException {
    Path file = Files.createTempFile("acme-" + tag + "-", ".json");
    files.add(file);
    Files.writeString(file, content);
    return file;
  }

  /** The test advisory (written for these tests) with a fresh tracking id and title. */
  private static String advisory(String tag) {
    try (InputStream in =
        AdvisoryPagesIT.class.getResourceAsStream("/csaf/acme-relay-advisory.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("TAG", tag);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sha512(String text) throws NoSuchAlgorithmException {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-512").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static boolean hasClass(WebElement element, String styleClass) {
    return List.of(element.getAttribute("class").split("\\s+")).contains(styleClass);
  }

  private static String tag() {
    return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }
}
