package org.scrmportal.it.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.scrmportal.it.federation.FederationFixtures.Federation;
import org.scrmportal.it.support.Browser;
import org.scrmportal.it.support.BrowserTest;

/**
 * The pages of issue 11 in headless Chromium: an operator registers a federation by uploading its
 * signed aggregate with the federation's certificate (a tampered one is refused with its problems),
 * sees the identity providers it lists with what the federation says of them, and proposes to admit
 * one; a second operator sees the proposal with the federation's attributes and decides it. An org
 * admin creates a machine client, sees its secret once, and revokes it; the operators' pages are
 * neither offered nor served to her.
 */
class FederationPagesIT extends BrowserTest {

  @Test
  void registerByUploadSeeTheProvidersProposeAndDecide() throws IOException {
    String s = FederationFixtures.suffix();
    String host = "idp-" + s + ".example.org";
    Federation federation = Federation.create("pages-" + s, host, "other-" + s + ".example.org");
    String orgId = "pages-" + s;
    Path aggregate = Files.createTempFile("aggregate-", ".xml");
    Path tampered = Files.createTempFile("tampered-", ".xml");
    try (Browser olivia = Browser.signIn("olivia")) {
      Files.write(
          tampered,
          new String(federation.signedAggregate(), StandardCharsets.UTF_8)
              .replace("Organization of " + host, "Organisation of " + host)
              .getBytes(StandardCharsets.UTF_8));
      olivia.driver().findElement(By.id("nav-federations")).click();
      register(olivia, federation, tampered);
      WebElement problems = olivia.waitFor(By.id("register:problems"));
      assertFalse(problems.findElements(By.className("problem")).isEmpty(), problems::getText);
      assertTrue(
          olivia.driver().findElements(By.cssSelector(".federation-link")).stream()
              .noneMatch(a -> a.getText().equals(federation.name())),
          "nothing stored from a refused aggregate");

      Files.write(aggregate, federation.signedAggregate());
      register(olivia, federation, aggregate);
      assertEquals(federation.name(), olivia.waitFor(By.id("selected-name")).getText());
      WebElement row = providerRow(olivia, FederationFixtures.entityId(host));
      assertEquals(
          FederationFixtures.REGISTRAR,
          row.findElement(By.className("registration-authority")).getText());
      assertEquals(List.of(FederationFixtures.SIRTFI), texts(row, "assurance"));
      assertEquals(
          List.of(FederationFixtures.RESEARCH_AND_SCHOLARSHIP), texts(row, "entity-category"));
      row.findElement(By.className("choose")).click();

      assertEquals(
          FederationFixtures.entityId(host), olivia.waitFor(By.id("chosen-entity")).getText());
      olivia.driver().findElement(By.id("propose:org-id")).sendKeys(orgId);
      WebElement name = olivia.driver().findElement(By.id("propose:org-name"));
      assertEquals("Organization of " + host, name.getAttribute("value"), "named as listed");
      new Select(olivia.driver().findElement(By.id("propose:org-type"))).selectByValue("agency");
      new Select(olivia.driver().findElement(By.id("propose:org-tier"))).selectByValue("T2");
      olivia.driver().findElement(By.id("propose:org-sector")).sendKeys("government");
      olivia.driver().findElement(By.id("propose:org-country")).sendKeys("DE");
      olivia.driver().findElement(By.id("propose:reason")).sendKeys("partner agency " + s);
      olivia.driver().findElement(By.id("propose:propose-button")).click();
      olivia.waitFor(By.id("pending"));
      assertTrue(olivia.bodyText().contains("Another operator must approve it"), olivia::bodyText);
      olivia.assertNoCspViolation();
    } finally {
      Files.deleteIfExists(aggregate);
      Files.deleteIfExists(tampered);
    }

    try (Browser oscar = Browser.signIn("oscar")) {
      oscar.driver().findElement(By.id("nav-onboarding")).click();
      oscar.waitFor(By.id("pending"));
      WebElement proposal = pendingRow(oscar, FederationFixtures.entityId(host));
      assertEquals(orgId, proposal.findElement(By.className("org-id")).getText());
      assertEquals("T2", proposal.findElement(By.className("org-tier")).getText());
      assertEquals("olivia", proposal.findElement(By.className("proposed-by")).getText());
      assertEquals(
          FederationFixtures.REGISTRAR,
          proposal.findElement(By.className("registration-authority")).getText());
      assertEquals(List.of(FederationFixtures.SIRTFI), texts(proposal, "assurance"));
      assertEquals(
          List.of(FederationFixtures.RESEARCH_AND_SCHOLARSHIP), texts(proposal, "entity-category"));
      assertEquals(
          "Organization of " + host,
          proposal.findElement(By.className("metadata-organization")).getText());
      proposal.findElement(By.className("approve")).click();
      oscar.waitFor(By.id("decided"));
      assertTrue(oscar.bodyText().contains("Approved"), oscar::bodyText);
      WebElement decided = oscar.driver().findElement(By.id("decided"));
      assertTrue(decided.getText().contains(orgId + " "), decided::getText);
      assertTrue(decided.getText().contains("APPROVED"), decided::getText);
      assertTrue(decided.getText().contains("fed-" + orgId), "the alias: " + decided.getText());
      oscar.assertNoCspViolation();
    }
  }

  @Test
  void anOrgAdminSeesTheSecretOnceAndRevokes() throws IOException, InterruptedException {
    String s = FederationFixtures.suffix();
    try (Browser alice = Browser.signIn("alice")) {
      assertTrue(alice.driver().findElements(By.id("nav-federations")).isEmpty());
      assertTrue(alice.driver().findElements(By.id("nav-onboarding")).isEmpty());
      assertEquals(403, alice.fetch("federations.xhtml").statusCode());
      assertEquals(403, alice.fetch("onboarding.xhtml").statusCode());

      alice.driver().findElement(By.id("nav-machine-clients")).click();
      alice.waitFor(By.id("create:name")).sendKeys("poller-" + s);
      alice.driver().findElement(By.id("create:create-button")).click();
      String clientId = alice.waitFor(By.id("issued-client-id")).getText();
      String secret = alice.driver().findElement(By.id("issued-secret")).getText();
      assertEquals("acme-components-poller-" + s, clientId);
      assertFalse(secret.isBlank());
      assertTrue(alice.bodyText().contains("shown this once"), alice::bodyText);

      alice.open("machine-clients.xhtml");
      assertTrue(alice.driver().findElements(By.id("issued-secret")).isEmpty());
      assertFalse(alice.bodyText().contains(secret), "the secret is not shown again");
      WebElement row = clientRow(alice, clientId);
      assertEquals("active", row.findElement(By.className("state")).getText());
      row.findElement(By.className("rotate")).click();
      String rotated = alice.waitFor(By.id("issued-secret")).getText();
      assertFalse(rotated.isBlank() || rotated.equals(secret), "a new secret");

      clientRow(alice, clientId).findElement(By.className("revoke")).click();
      alice.waitFor(By.id("clients"));
      assertTrue(alice.bodyText().contains("Revoked " + clientId), alice::bodyText);
      assertEquals(
          "revoked", clientRow(alice, clientId).findElement(By.className("state")).getText());
      alice.assertNoCspViolation();
    }
    try (Browser adam = Browser.signIn("adam")) {
      assertTrue(adam.driver().findElements(By.id("nav-machine-clients")).isEmpty());
      assertEquals(403, adam.fetch("machine-clients.xhtml").statusCode());
    }
  }

  private static void register(Browser browser, Federation federation, Path file) {
    browser.open("federations.xhtml");
    WebElement name = browser.waitFor(By.id("register:name"));
    name.clear();
    name.sendKeys(federation.name());
    browser.driver().findElement(By.id("register:file")).sendKeys(file.toAbsolutePath().toString());
    WebElement certificate = browser.driver().findElement(By.id("register:certificate"));
    certificate.clear();
    certificate.sendKeys(federation.signer().certificatePem());
    browser.driver().findElement(By.id("register:register-button")).click();
  }

  private static WebElement providerRow(Browser browser, String entityId) {
    browser.waitFor(By.id("identity-providers"));
    return browser
        .driver()
        .findElements(By.cssSelector("#identity-providers tr.identity-provider"))
        .stream()
        .filter(r -> entityId.equals(r.getAttribute("data-entity-id")))
        .findFirst()
        .orElseThrow(() -> new AssertionError(entityId + " not listed: " + browser.bodyText()));
  }

  private static WebElement pendingRow(Browser browser, String entityId) {
    return browser.driver().findElements(By.cssSelector("#pending tr.onboarding")).stream()
        .filter(r -> entityId.equals(r.getAttribute("data-entity-id")))
        .findFirst()
        .orElseThrow(() -> new AssertionError(entityId + " not pending: " + browser.bodyText()));
  }

  private static WebElement clientRow(Browser browser, String clientId) {
    browser.waitFor(By.id("clients"));
    return browser.driver().findElements(By.cssSelector("#clients tr")).stream()
        .filter(r -> !r.findElements(By.className("client-id")).isEmpty())
        .filter(r -> r.findElement(By.className("client-id")).getText().equals(clientId))
        .findFirst()
        .orElseThrow(() -> new AssertionError(clientId + " not listed: " + browser.bodyText()));
  }

  private static List<String> texts(WebElement row, String className) {
    return row.findElements(By.className(className)).stream().map(WebElement::getText).toList();
  }
}
