package org.scrmportal.it.baseline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.scrmportal.it.support.Browser;
import org.scrmportal.it.support.BrowserTest;

/**
 * The mapping on the pages, in headless Chromium: a control's page lists the threats linked to it
 * that the viewer may see (not acme-components' AMBER+STRICT one for Northgrid), the form links an
 * object to the control, and the object's page lists its controls.
 */
class ControlLinksPagesIT extends BrowserTest {

  @Test
  void aControlsPageListsWhatTheViewerMaySeeAndTheFormLinks() {
    long publication = LinksClient.as("sam").publishNistCatalog();
    ObjectNode clear =
        LinksClient.object(
            "attack-pattern",
            List.of(LinksClient.reference("NIST SP 800-53", "SR-9")),
            LinksClient.CLEAR);
    ObjectNode acmeOnly =
        LinksClient.object(
            "attack-pattern",
            List.of(LinksClient.reference("NIST SP 800-53", "SR-9")),
            LinksClient.AMBER_STRICT);
    LinksClient.as("alice").taxiiAdd(List.of(clear, acmeOnly));
    String clearName = clear.path("name").asText();
    String clearId = clear.path("id").asText();

    try (Browser nora = Browser.signIn("nora")) {
      nora.open("control.xhtml?publication=" + publication + "&control=sr-9");
      String threats = nora.waitFor(By.id("linked-threats")).getText();
      assertTrue(threats.contains(clearName), threats);
      assertFalse(threats.contains(acmeOnly.path("name").asText()), "acme's AMBER+STRICT object");

      nora.driver().findElement(By.id("link-control")).click();
      nora.waitFor(By.id("link-form:object")).sendKeys(clearId);
      new Select(nora.driver().findElement(By.id("link-form:relationship")))
          .selectByValue("detects");
      nora.driver().findElement(By.id("link-form:link")).click();
      String after = nora.waitFor(By.id("linked-threats")).getText();
      assertTrue(after.contains("FORM") && after.contains("detects"), after);

      nora.open("object.xhtml?collection=" + LinksClient.SHARED + "&objectId=" + clearId);
      String controls = nora.waitFor(By.id("linked-controls")).getText();
      assertTrue(controls.contains("SR-9"), controls);
      nora.assertNoCspViolation();
    }
  }
}
