package org.scrmportal.it.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.scrmportal.it.support.Browser;
import org.scrmportal.it.support.BrowserTest;

/**
 * The baseline pages in headless Chromium: a signed-in analyst browses the NIST SP 800-53 rev5
 * catalog by family, searches it for "supply chain", opens SR-3 and reads its parameters, statement
 * and guidance, with links to related controls.
 */
class BaselinePagesIT extends BrowserTest {

  @Test
  void browseSearchAndReadAControl() {
    String name = BaselineSamples.uniqueName("NIST_SP-800-53_rev5");
    JsonNode catalog =
        BaselineClient.as("sam")
            .published(
                BaselineClient.resource(BaselineClient.HIGH_CATALOG),
                name,
                BaselineClient.nistCatalogLocations(),
                "");
    long id = catalog.path("id").asLong();

    try (Browser gina = Browser.signIn("gina")) {
      gina.open("baselines.xhtml");
      gina.waitFor(By.id("publications"));
      WebElement row =
          gina.driver().findElements(By.cssSelector("#publications .publication-link")).stream()
              .filter(a -> a.getText().equals(name))
              .findFirst()
              .orElseThrow(() -> new AssertionError("not listed: " + gina.bodyText()));
      row.click();

      assertEquals(name, gina.waitFor(By.id("publication-name")).getText());
      WebElement family = gina.driver().findElement(By.id("family-sr"));
      family.findElement(By.tagName("summary")).click();
      assertTrue(family.getText().contains("Supply Chain Risk Management"), family::getText);
      assertTrue(
          family.findElements(By.className("control-link")).stream()
              .anyMatch(a -> a.getText().equals("SR-3")),
          family::getText);

      // search this catalog
      WebElement q = gina.driver().findElement(By.id("q"));
      q.sendKeys("supply chain");
      gina.driver().findElement(By.id("search")).click();
      WebElement results = gina.waitFor(By.id("results"));
      List<WebElement> links = results.findElements(By.className("control-link"));
      assertTrue(links.size() > 1, results::getText);
      WebElement sr3 =
          links.stream()
              .filter(a -> a.getText().equals("SR-3"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("SR-3 not found: " + results.getText()));
      assertTrue(sr3.getAttribute("href").contains("publication=" + id), "of this catalog");
      sr3.click();

      assertEquals("SR-3", gina.waitFor(By.id("control-label")).getText());
      assertEquals(
          "Supply Chain Controls and Processes",
          gina.driver().findElement(By.id("control-title")).getText());
      String params = gina.driver().findElement(By.id("params")).getText();
      assertTrue(params.contains("sr-03_odp.01"), params);
      String statement = gina.driver().findElement(By.id("part-statement")).getText();
      assertTrue(statement.contains("Establish a process or processes"), statement);
      assertTrue(statement.contains("[Assignment:"), "parameters are shown where inserted");
      assertTrue(
          gina.driver().findElement(By.id("part-guidance")).getText().contains("supply chain"));
      // related controls are links within the catalog
      assertTrue(
          gina.driver().findElements(By.className("related-control")).size() > 0, gina.bodyText());
      gina.assertNoCspViolation();
    }
  }

  @Test
  void publishOnTheUploadPage() throws IOException {
    Path bad = Files.createTempFile("bad-catalog-", ".json");
    Path good = Files.createTempFile("good-catalog-", ".xml");
    try (Browser sam = Browser.signIn("sam")) {
      Files.write(bad, BaselineSamples.schemaInvalidCatalog());
      String name = BaselineSamples.uniqueName("page-catalog");
      submit(sam, name, bad);
      WebElement problems = sam.waitFor(By.id("publish:problems"));
      assertTrue(
          problems.findElements(By.cssSelector(".path")).stream()
              .anyMatch(p -> p.getText().startsWith("/catalog")),
          problems::getText);

      Files.write(good, BaselineSamples.catalogXml("Published on the page"));
      submit(sam, name, good);
      assertEquals(name, sam.waitFor(By.id("publication-name")).getText());
      assertEquals("1", sam.driver().findElement(By.id("publication-version")).getText());
      assertEquals("2", sam.driver().findElement(By.id("control-count")).getText());
      sam.assertNoCspViolation();
    } finally {
      Files.deleteIfExists(bad);
      Files.deleteIfExists(good);
    }
  }

  private static void submit(Browser browser, String name, Path file) {
    browser.open("baseline-upload.xhtml");
    WebElement field = browser.waitFor(By.id("publish:name"));
    field.clear();
    field.sendKeys(name);
    browser.driver().findElement(By.id("publish:file")).sendKeys(file.toAbsolutePath().toString());
    browser.driver().findElement(By.id("publish:publish-button")).click();
  }
}
