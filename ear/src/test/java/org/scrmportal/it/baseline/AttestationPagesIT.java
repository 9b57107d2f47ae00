package org.scrmportal.it.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.scrmportal.it.baseline.AttestationFixtures.Baseline;
import org.scrmportal.it.support.Browser;
import org.scrmportal.it.support.BrowserTest;

/**
 * In headless Chromium: alice fills the control-by-control form for a few controls of the LOW
 * baseline and sees the coverage, worked out here, with the gaps per family; the attestation is
 * listed under "Ours" with its bar, and nora (northgrid-energy) does not see it.
 */
class AttestationPagesIT extends BrowserTest {

  @Test
  void aliceFillsTheFormAndSeesCoverageAndGaps() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Baseline low = AttestationFixtures.publishLow(run);
    List<String> required = low.required();
    String product = "Pages widget " + run;
    String attestationUrl;
    try (Browser alice = Browser.signIn("alice")) {
      alice.open("attestation-new.xhtml");
      new Select(alice.waitFor(By.id("choose:baseline"))).selectByValue(Long.toString(low.id()));
      alice.driver().findElement(By.id("choose:product")).sendKeys(product);
      alice.driver().findElement(By.id("choose:continue")).click();
      alice.waitFor(By.id("controls-form:controls"));
      // three controls: implemented, partial, not applicable; the rest not stated
      status(alice, required.get(0), "IMPLEMENTED", "We do it " + run);
      status(alice, required.get(1), "PARTIAL", "Halfway " + run);
      status(alice, required.get(2), "NOT_APPLICABLE", "");
      alice.driver().findElement(By.id("controls-form:submit-form")).click();
      alice.waitFor(By.id("attestation-title"));
      attestationUrl = alice.currentUrl();
      assertTrue(attestationUrl.contains("attestation.xhtml?id="), attestationUrl);

      int denominator = required.size() - 1;
      long percent = Math.round((1 + 0.5) / denominator * 100);
      assertEquals(Integer.toString(required.size()), alice.waitFor(By.id("required")).getText());
      assertEquals("1", alice.driver().findElement(By.id("implemented")).getText());
      assertEquals("1", alice.driver().findElement(By.id("partial")).getText());
      assertEquals("1", alice.driver().findElement(By.id("not-applicable")).getText());
      assertEquals(
          Integer.toString(required.size() - 2),
          alice.driver().findElement(By.id("gap-count")).getText());
      String summary = alice.driver().findElement(By.id("coverage-summary")).getText();
      assertTrue(summary.startsWith(percent + " %"), summary);
      assertEquals(
          Long.toString(percent),
          alice.driver().findElement(By.id("coverage-bar")).getAttribute("value"));
      String gaps = alice.driver().findElement(By.id("coverage")).getText();
      assertTrue(gaps.contains("partial"), gaps);
      assertTrue(gaps.contains("not stated"), gaps);
      assertTrue(alice.bodyText().contains("Halfway " + run));
      assertTrue(alice.driver().findElement(By.id("product")).getText().contains(product));

      alice.open("attestations.xhtml");
      String mine = alice.waitFor(By.id("mine")).getText();
      assertTrue(mine.contains(product), mine);
      alice.assertNoCspViolation();
    }
    try (Browser nora = Browser.signIn("nora")) {
      nora.driver().get(attestationUrl);
      nora.waitFor(By.className("portal-main"));
      assertTrue(nora.bodyText().contains("No such attestation"), nora.bodyText());
      nora.open("attestations.xhtml");
      assertTrue(!nora.driver().getPageSource().contains(product));
    }
  }

  private static void status(Browser browser, String control, String status, String statement) {
    WebElement select =
        browser.driver().findElement(By.cssSelector("select[data-control='" + control + "']"));
    new Select(select).selectByValue(status);
    if (!statement.isEmpty()) {
      browser
          .driver()
          .findElement(By.cssSelector("textarea[data-control='" + control + "']"))
          .sendKeys(statement);
    }
  }
}
