package org.scrmportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.scrmportal.it.support.Api;
import org.scrmportal.it.support.Browser;
import org.scrmportal.it.support.BrowserTest;
import org.scrmportal.taxii.TaxiiCollection;

/**
 * The STIX pages in headless Chromium, as people use them: a bundle file shared on the upload page
 * with the marking picker, its report followed until complete; the objects found on the indicators
 * page by type and text; the object page saying why one can see it; and an AMBER+STRICT object that
 * another organization's member never sees.
 */
class StixPagesIT extends BrowserTest {

  private final List<Path> files = new java.util.ArrayList<>();

  @BeforeAll
  static void registerOrganizations() {
    List.of("alice", "nora", "gina")
        .forEach(Api::as); // their organizations are known to the portal
  }

  @AfterEach
  void deleteFiles() throws IOException {
    for (Path file : files) {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void aBundleSharedOnTheUploadPageIsReportedFoundAndExplained() throws IOException {
    String tag = tag();
    Bundle bundle = bundle(tag);
    try (Browser alice = Browser.signIn("alice")) {
      share(alice, bundle.file(), "AMBER", "northgrid-energy");
      assertEquals("3", alice.driver().findElement(By.id("total")).getText(), alice.bodyText());
      assertEquals("3", alice.driver().findElement(By.id("successCount")).getText());
      assertEquals("0", alice.driver().findElement(By.id("failureCount")).getText());
      WebElement statusLine = alice.driver().findElement(By.id("statusLine"));
      assertTrue(hasClass(statusLine, "outcome-success"), "all stored: green");
      assertEquals("All 3 objects stored.", alice.driver().findElement(By.id("summary")).getText());
      String stored = alice.driver().findElement(By.id("status:successes")).getText();
      assertTrue(
          stored.contains(bundle.indicatorId()) && stored.contains("Stored"),
          "each stored object is reported: " + stored);
    }
    try (Browser nora = Browser.signIn("nora")) {
      nora.open(
          "indicators.xhtml?collection=" + TaxiiCollection.SHARED + "&type=indicator&q=" + tag);
      List<WebElement> rows = objectRows(nora);
      assertEquals(1, rows.size(), "the type filter leaves the indicator only: " + nora.bodyText());
      WebElement row = rows.get(0);
      assertTrue(row.getText().contains("Relay indicator " + tag), row.getText());
      assertTrue(row.getText().contains("TLP:AMBER"), row.getText());
      assertTrue(row.getText().contains(bundle.indicatorId()), row.getText());

      row.findElement(By.className("object-link")).click();
      String why = nora.waitFor(By.cssSelector("#versions .why")).getText();
      assertTrue(why.contains("northgrid-energy, is listed"), why);
      assertTrue(
          nora.driver()
              .findElement(By.cssSelector("#versions .audience"))
              .getText()
              .contains("author acme-components"));
      String json = nora.driver().findElement(By.id("json")).getText();
      assertTrue(json.contains(bundle.indicatorId()) && json.contains("198.51.100.7"), json);
    }
  }

  @Test
  void anUploadOfWhichObjectsFailedIsReportedPlainlyAndNotInGreen() throws IOException {
    String tag = tag();
    Bundle first = bundle(tag);
    try (Browser alice = Browser.signIn("alice")) {
      alice.open("upload.xhtml");
      assertTrue(
          alice.driver().findElement(By.id("upload:marking:organizations")).isDisplayed(),
          "the organizations to pick");
      WebElement northgrid =
          PortalPagesIT.choice(alice, "upload:marking:organizations", "northgrid-energy");
      assertEquals(PortalPagesIT.organizationName("nora"), PortalPagesIT.label(alice, northgrid));
      WebElement allOrNothing = PortalPagesIT.choice(alice, "upload:keepValid", "false");
      assertTrue(allOrNothing.isSelected(), "all or nothing is the default for people");
      assertTrue(PortalPagesIT.label(alice, allOrNothing).startsWith("All or nothing"));
      assertTrue(
          alice.bodyText().matches("(?s).*A \\.json file of at most [0-9.,]+ MiB.*"),
          "the limit in MiB: " + alice.bodyText());

      share(alice, first.file(), "AMBER", "northgrid-energy");
      assertEquals("3", alice.driver().findElement(By.id("successCount")).getText());

      // the same indicator (id and modified) with other content fails; its two companions are new
      Bundle second = bundle(tag, first.indicatorId(), "203.0.113.9");
      share(alice, second.file(), "AMBER", "northgrid-energy");
      WebElement statusLine = alice.driver().findElement(By.id("statusLine"));
      assertFalse(
          hasClass(statusLine, "outcome-success"),
          "an upload with failures is never green: " + statusLine.getAttribute("class"));
      assertTrue(
          hasClass(statusLine, "outcome-error") || hasClass(statusLine, "outcome-warning"),
          statusLine.getAttribute("class"));
      String summary = alice.driver().findElement(By.id("summary")).getText();
      int stored = Integer.parseInt(alice.driver().findElement(By.id("successCount")).getText());
      int failed = Integer.parseInt(alice.driver().findElement(By.id("failureCount")).getText());
      assertTrue(failed >= 1, alice.bodyText());
      assertEquals(stored + " of 3 objects stored; " + failed + " failed.", summary);
      assertEquals(
          stored == 0 ? "rgba(183, 28, 28, 1)" : "rgba(122, 74, 0, 1)",
          statusLine.getCssValue("color"),
          "red when nothing was stored, amber when some were");
      List<WebElement> headings =
          alice.driver().findElements(By.cssSelector("#status\\:report h3"));
      assertEquals("Failed", headings.get(0).getText(), "the failures come first");
      assertTrue(
          alice
              .driver()
              .findElement(By.id("status:failures"))
              .getText()
              .contains(first.indicatorId()),
          "the object that failed is named");
    }
  }

  @Test
  void anAmberStrictObjectNeverReachesAnotherOrganizationsIndicatorsPage() throws IOException {
    String tag = tag();
    Bundle bundle = bundle(tag);
    try (Browser alice = Browser.signIn("alice")) {
      share(alice, bundle.file(), "AMBER_STRICT", "northgrid-energy");
      assertEquals("3", alice.driver().findElement(By.id("successCount")).getText());
    }
    String search = "indicators.xhtml?collection=" + TaxiiCollection.SHARED + "&q=" + tag;
    try (Browser nora = Browser.signIn("nora")) {
      nora.open(search);
      assertEquals(3, objectRows(nora).size(), "the listed organization sees all three");
      assertTrue(objectRows(nora).get(0).getText().contains("TLP:AMBER+STRICT"));
    }
    try (Browser gina = Browser.signIn("gina")) {
      gina.open(search);
      gina.waitFor(By.id("no-objects"));
      assertFalse(gina.bodyText().contains("Relay"), "outside the audience it does not exist");

      gina.open(
          "object.xhtml?collection="
              + TaxiiCollection.SHARED
              + "&objectId="
              + bundle.indicatorId());
      assertTrue(
          gina.waitFor(By.className("message-error")).getText().contains("No such object"),
          gina.bodyText());
      assertFalse(gina.bodyText().contains("198.51.100.7"));
    }
  }

  /**
   * Shares {@code file} into the shared collection through the upload page; waits for the report.
   */
  private static void share(Browser browser, Path file, String tlp, String organization) {
    browser.open("upload.xhtml");
    new Select(browser.driver().findElement(By.id("upload:collection")))
        .selectByValue(TaxiiCollection.SHARED);
    new Select(browser.driver().findElement(By.id("upload:marking:tlp"))).selectByValue(tlp);
    PortalPagesIT.choice(browser, "upload:marking:organizations", organization).click();
    browser.driver().findElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
    browser.driver().findElement(By.id("upload:share")).click();
    browser.waitFor(By.cssSelector(".status-complete"));
  }

  private static List<WebElement> objectRows(Browser browser) {
    browser.waitFor(By.id("objects"));
    return browser.driver().findElements(By.cssSelector("#objects tbody tr"));
  }

  /** A bundle file of an indicator, a campaign and the relationship between them, fresh ids. */
  private record Bundle(Path file, String indicatorId) {}

  private Bundle bundle(String tag) throws IOException {
    return bundle(tag, "indicator--" + UUID.randomUUID(), "198.51.100.7");
  }

  private Bundle bundle(String tag, String indicator, String address) throws IOException {
    String campaign = "campaign--" + UUID.randomUUID();
    String time = "2024-05-01T10:00:00.000Z";
    String json =
        """
        {"type": "bundle", "id": "bundle--%s", "objects": [
          {"type": "indicator", "spec_version": "2.1", "id": "%s",
           "created": "%s", "modified": "%s", "name": "Relay indicator %s",
           "pattern": "[ipv4-addr:value = '%s']", "pattern_type": "stix",
           "valid_from": "%s"},
          {"type": "campaign", "spec_version": "2.1", "id": "%s",
           "created": "%s", "modified": "%s", "name": "Relay campaign %s"},
          {"type": "relationship", "spec_version": "2.1", "id": "relationship--%s",
           "created": "%s", "modified": "%s", "relationship_type": "indicates",
           "description": "Relay %s", "source_ref": "%s", "target_ref": "%s"}
        ]}
        """
            .formatted(
                UUID.randomUUID(),
                indicator,
                time,
                time,
                tag,
                address,
                time,
                campaign,
                time,
                time,
                tag,
                UUID.randomUUID(),
                time,
                time,
                tag,
                indicator,
                campaign);
    Path file = Files.createTempFile("stix-pages-", ".json");
    files.add(file);
    Files.writeString(file, json);
    return new Bundle(file, indicator);
  }

  private static boolean hasClass(WebElement element, String styleClass) {
    return List.of(element.getAttribute("class").split("\\s+")).contains(styleClass);
  }

  private static String tag() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
