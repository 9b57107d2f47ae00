package org.scrmportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.scrmportal.it.support.Api;
import org.scrmportal.it.support.Browser;
import org.scrmportal.it.support.BrowserTest;
import org.scrmportal.taxii.TaxiiCollection;

/**
 * The home page is the signed-in organization's dashboard, in headless Chromium: its three sections
 * in order, the charts drawn by Chart.js (PrimeFaces' p:chart) under the portal's CSP, what is new
 * counted through the access policy (another organization never sees an AMBER object there), and
 * the pending tasks of community admins and of operators.
 */
class DashboardIT extends BrowserTest {

  @BeforeAll
  static void registerOrganizations() {
    List.of("alice", "nora", "gina", "sam", "olivia", "oscar")
        .forEach(Api::as); // their organizations are known to the portal
  }

  @Test
  void theDashboardShowsItsSectionsChartsAndOnlyWhatTheOrganizationMaySee() throws IOException {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Path file = Files.createTempFile("dashboard-", ".json");
    try (Browser alice = Browser.signIn("alice")) {
      Files.writeString(file, bundle(tag));
      alice.open("upload.xhtml");
      new Select(alice.driver().findElement(By.id("upload:collection")))
          .selectByValue(TaxiiCollection.SHARED);
      new Select(alice.driver().findElement(By.id("upload:marking:tlp"))).selectByValue("AMBER");
      alice.driver().findElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
      alice.driver().findElement(By.id("upload:share")).click();
      alice.waitFor(By.cssSelector(".status-complete"));
      assertEquals("1", alice.driver().findElement(By.id("successCount")).getText());

      alice.open("");
      List<String> sections =
          alice.driver().findElements(By.cssSelector("section.dashboard-section")).stream()
              .map(s -> s.getAttribute("id"))
              .toList();
      assertEquals(List.of("affected", "new", "tasks"), sections, "inventory first, tasks last");
      assertTrue(
          alice.waitFor(By.id("new-objects")).getText().contains("Dashboard indicator " + tag),
          "the newest objects list what alice's organization shared");
      assertTrue(
          chartLabels(alice, "chart-tlp").contains("TLP:AMBER"),
          "the TLP chart: " + chartLabels(alice, "chart-tlp"));
      assertTrue(
          chartLabels(alice, "chart-type").contains("indicator"),
          "the type chart: " + chartLabels(alice, "chart-type"));
      assertEquals(30, ((Number) chart(alice, "chart-type", "c.data.labels.length")).intValue());
      assertTrue(
          Integer.parseInt(alice.driver().findElement(By.id("arrivals-total")).getText()) >= 1);
      alice.assertNoCspViolation();
    } finally {
      Files.deleteIfExists(file);
    }
    try (Browser gina = Browser.signIn("gina")) {
      assertFalse(
          gina.driver().findElement(By.id("new")).getText().contains(tag),
          "another organization never sees the AMBER object on its dashboard");
      assertTrue(gina.driver().findElement(By.cssSelector("#chart-tlp canvas")).isDisplayed());
    }
  }

  @Test
  void invitationsJoinRequestsAndVettingProposalsWaitOnTheRightDashboards() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Api alice = Api.as("alice");
    String invited = community(alice, "Invited " + tag);
    assertEquals(
        200,
        alice
            .post(
                "/api/communities/" + invited + "/invitations",
                Map.of("organization", "northgrid-energy"))
            .status());
    String requested = community(alice, "Requested " + tag);
    Api.Reply join = Api.as("nora").post("/api/communities/" + requested + "/join-requests", null);
    assertEquals(200, join.status(), join.toString());
    Api.Reply proposal =
        Api.as("olivia")
            .post(
                "/api/vetting/proposals",
                Map.of(
                    "organization",
                    "cyber-standards-board",
                    "action",
                    "SET_TIER",
                    "tier",
                    "T1",
                    "reason",
                    "Dashboard " + tag));
    assertEquals(201, proposal.status(), proposal.toString());
    String proposalId = proposal.json().get("id").asText();
    try {
      try (Browser nora = Browser.signIn("nora")) {
        assertTrue(
            tasks(nora, "task-invitation").contains("join the community Invited " + tag),
            nora.bodyText());
        assertTrue(tasks(nora, "task-request-sent").contains("Requested " + tag), nora.bodyText());
      }
      try (Browser aliceBrowser = Browser.signIn("alice")) {
        assertTrue(
            tasks(aliceBrowser, "task-join-request")
                .contains("northgrid-energy asks to join your community Requested " + tag),
            aliceBrowser.bodyText());
        assertTrue(
            aliceBrowser.driver().findElements(By.cssSelector(".task-vetting")).isEmpty(),
            "vetting is for operators");
      }
      try (Browser oscar = Browser.signIn("oscar")) {
        String vetting = tasks(oscar, "task-vetting");
        assertTrue(
            vetting.contains("tier T1 for cyber-standards-board, proposed by olivia"), vetting);
        oscar.driver().findElements(By.cssSelector(".task-vetting a")).get(0).click();
        oscar.waitFor(By.id("proposeButton"));
      }
      try (Browser olivia = Browser.signIn("olivia")) {
        assertTrue(
            tasks(olivia, "task-vetting").contains("(you: another operator decides)"),
            olivia.bodyText());
      }
    } finally {
      Api.as("oscar").post("/api/vetting/proposals/" + proposalId + "/reject", null);
    }
  }

  private static String community(Api as, String name) {
    Api.Reply created =
        as.post(
            "/api/communities",
            Map.of("name", name, "purpose", "Dashboard test", "membersVisible", true));
    assertEquals(201, created.status(), created.toString());
    return created.json().get("id").asText();
  }

  /** The text of the dashboard's tasks of one kind. */
  private static String tasks(Browser browser, String kind) {
    browser.waitFor(By.id("tasks"));
    return String.join(
        "\n",
        browser.driver().findElements(By.className(kind)).stream()
            .map(WebElement::getText)
            .toList());
  }

  /**
   * Evaluates {@code expression} on the Chart.js chart of the p:chart {@code id} (as {@code c}).
   */
  private static Object chart(Browser browser, String id, String expression) {
    browser.waitFor(By.cssSelector("#" + id + " canvas"));
    return ((JavascriptExecutor) browser.driver())
        .executeScript(
            "const c = Chart.getChart(document.querySelector('#"
                + id
                + " canvas')); return c ? "
                + expression
                + " : null;");
  }

  @SuppressWarnings("unchecked")
  static List<String> chartLabels(Browser browser, String id) {
    Object labels = chart(browser, id, "c.data.datasets.map(d => d.label)");
    assertTrue(labels instanceof List, "Chart.js drew no chart in #" + id);
    return (List<String>) labels;
  }

  private static String bundle(String tag) {
    String time = "2024-05-01T10:00:00.000Z";
    return """
        {"type": "bundle", "id": "bundle--%s", "objects": [
          {"type": "indicator", "spec_version": "2.1", "id": "indicator--%s",
           "created": "%s", "modified": "%s", "name": "Dashboard indicator %s",
           "pattern": "[ipv4-addr:value = '198.51.100.9']", "pattern_type": "stix",
           "valid_from": "%s"}]}
        """
        .formatted(UUID.randomUUID(), UUID.randomUUID(), time, time, tag, time);
  }
}
