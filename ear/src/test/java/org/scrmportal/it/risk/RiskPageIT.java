package org.scrmportal.it.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.scrmportal.it.support.Browser;
import org.scrmportal.it.support.BrowserTest;

/**
 * In headless Chromium: the supplier risk page lists the organization's supplier with its score
 * (the one the API gives), a "why" panel with the explanation, and the trend chart drawn by
 * Chart.js under the portal's CSP; the declare form adds a supplier.
 */
class RiskPageIT extends BrowserTest {

  @Test
  void thePageShowsTheSupplierItsScoreWhyAndTheTrend() {
    RiskClient.as("sam"); // cyber-standards-board is known to the portal
    RiskClient gina = RiskClient.as("gina"); // ncsa, analyst
    assertEquals(
        201,
        gina.postJson("/api/risk/suppliers", Map.of("organization", "acme-components")).status());
    int score = gina.get("/api/risk/suppliers/acme-components").json().path("score").asInt();
    try (Browser browser = Browser.signIn("gina")) {
      browser.open("risk.xhtml");
      String table = browser.waitFor(By.id("risk-form:risk-suppliers")).getText();
      assertTrue(table.contains("acme-components"), table);
      assertEquals(
          Integer.toString(score), browser.waitFor(By.id("score-acme-components")).getText());

      WebElement why = browser.waitFor(By.id("why-acme-components"));
      why.findElement(By.tagName("summary")).click();
      String explanation = why.getText();
      assertTrue(explanation.contains("Score " + score + " = advisories"), explanation);
      assertTrue(
          explanation.contains("Advisories:") && explanation.contains("Coverage:"), explanation);

      browser.waitFor(By.cssSelector("#risk-trend canvas"));
      Object labels =
          ((JavascriptExecutor) browser.driver())
              .executeScript(
                  "const c = Chart.getChart(document.querySelector('#risk-trend canvas'));"
                      + " return c ? c.data.datasets.map(d => d.label) : null;");
      assertTrue(
          labels instanceof List<?> l && l.contains("acme-components"), "chart series: " + labels);

      browser
          .driver()
          .findElement(By.id("declare-form:supplier"))
          .sendKeys("cyber-standards-board");
      browser.driver().findElement(By.id("declare-form:declare")).click();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("risk-form:risk-suppliers"), "cyber-standards-board"));
      browser.assertNoCspViolation();
    } finally {
      gina.delete("/api/risk/suppliers/acme-components");
      gina.delete("/api/risk/suppliers/cyber-standards-board");
    }
  }
}
