package org.scrmportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.scrmportal.it.support.Api;
import org.scrmportal.it.support.Browser;
import org.scrmportal.it.support.BrowserTest;

/**
 * The pages of issue 3 in headless Chromium, as people use them: the operators' vetting queue with
 * four eyes, communities (create, invite, accept, members), publishing an alert with the marking
 * picker and reading "why can I see this?", and an org admin keeping the organization's profile.
 */
class PortalPagesIT extends BrowserTest {

  @BeforeAll
  static void registerOrganizations() {
    List.of("alice", "nora", "gina", "sam")
        .forEach(Api::as); // their organizations are known to the portal
  }

  @Test
  void aTierChangeProposedByOneOperatorIsApprovedByAnother() {
    String reason = "Vetted on " + UUID.randomUUID();
    try (Browser olivia = Browser.signIn("olivia")) {
      olivia.open("vetting.xhtml");
      new Select(olivia.driver().findElement(By.id("organization")))
          .selectByValue("cyber-standards-board");
      new Select(olivia.driver().findElement(By.id("action"))).selectByValue("SET_TIER");
      new Select(olivia.driver().findElement(By.id("tier"))).selectByValue("T1");
      olivia.driver().findElement(By.id("reason")).sendKeys(reason);
      olivia.driver().findElement(By.id("proposeButton")).click();
      assertTrue(
          olivia.waitFor(By.className("message-info")).getText().contains("Another operator"));

      pendingRow(olivia, reason).findElement(By.className("approve")).click();
      assertTrue(
          olivia.waitFor(By.className("message-error")).getText().contains("Four eyes"),
          "the proposer cannot approve");
    }
    try (Browser oscar = Browser.signIn("oscar")) {
      oscar.open("vetting.xhtml");
      pendingRow(oscar, reason).findElement(By.className("approve")).click();
      assertTrue(oscar.waitFor(By.className("message-info")).getText().contains("Approved"));
    }
    try (Browser alice = Browser.signIn("alice")) {
      alice.driver().get(alice.currentUrl().replaceFirst("/[^/]*$", "/vetting.xhtml"));
      assertTrue(
          alice.bodyText().contains("Forbidden"),
          "the vetting queue is for operators only: " + alice.bodyText());
    }
  }

  @Test
  void aCommunityIsCreatedJoinedByInvitationAndListsItsMembers() {
    String name = "Rail suppliers " + UUID.randomUUID().toString().substring(0, 8);
    try (Browser alice = Browser.signIn("alice")) {
      alice.open("communities.xhtml");
      alice.driver().findElement(By.id("name")).sendKeys(name);
      alice.driver().findElement(By.id("purpose")).sendKeys("Rolling stock supply chain");
      alice.driver().findElement(By.id("membersVisible")).click();
      alice.driver().findElement(By.id("createButton")).click();
      assertTrue(alice.waitFor(By.className("message-info")).getText().contains("created"));

      WebElement mine = community(alice, name);
      mine.findElement(By.className("invitee")).sendKeys("northgrid-energy");
      mine.findElement(By.className("invite")).click();
      assertTrue(alice.waitFor(By.className("message-info")).getText().contains("Invitation sent"));
    }
    try (Browser nora = Browser.signIn("nora")) {
      nora.open("communities.xhtml");
      community(nora, name).findElement(By.className("accept-invitation")).click();
      assertTrue(nora.waitFor(By.className("message-info")).getText().contains("member"));
      String members = community(nora, name).findElement(By.className("members")).getText();
      assertTrue(
          members.contains("acme-components") && members.contains("northgrid-energy"), members);
    }
    try (Browser gina = Browser.signIn("gina")) {
      gina.open("communities.xhtml");
      String members = community(gina, name).findElement(By.className("members")).getText();
      assertFalse(
          members.contains("northgrid-energy"),
          "non-members never see the member list: " + members);
    }
  }

  @Test
  void anAlertPublishedWithTheMarkingPickerReachesItsAudienceOnly() {
    String title =
        "Compromised firmware signing key " + UUID.randomUUID().toString().substring(0, 8);
    try (Browser alice = Browser.signIn("alice")) {
      alice.open("alerts.xhtml");
      alice.driver().findElement(By.id("title")).sendKeys(title);
      alice.driver().findElement(By.id("body")).sendKeys("Rotate keys of series X controllers.");
      new Select(alice.driver().findElement(By.id("marking:tlp"))).selectByValue("AMBER_STRICT");
      WebElement northgrid = choice(alice, "marking:organizations", "northgrid-energy");
      assertEquals(
          organizationName("nora"),
          label(alice, northgrid),
          "the audience is picked by the organization's name");
      northgrid.click();
      alice.driver().findElement(By.id("publishButton")).click();
      assertTrue(
          alice.waitFor(By.className("message-info")).getText().contains("published"),
          alice.bodyText());
    }
    try (Browser nora = Browser.signIn("nora")) {
      nora.open("alerts.xhtml");
      WebElement row = alertRow(nora, title);
      assertTrue(row.getText().contains("Rotate keys"), "the audience reads it");
      assertTrue(
          row.findElement(By.className("why")).getText().contains("northgrid-energy, is listed"),
          row.getText());
    }
    try (Browser gina = Browser.signIn("gina")) {
      gina.open("alerts.xhtml");
      assertFalse(gina.bodyText().contains(title), "outside the audience it does not exist");
    }
  }

  @Test
  void anAlertForACommunityIsExplainedByTheCommunitysName() {
    String name = "Grid relays " + UUID.randomUUID().toString().substring(0, 8);
    Api acme = Api.as("alice");
    Api.Reply created =
        acme.post(
            "/api/communities",
            Map.of("name", name, "purpose", "Protection relay supply", "membersVisible", false));
    assertEquals(201, created.status(), created.toString());
    String community = created.json().get("id").asText();
    assertEquals(
        200,
        acme.post(
                "/api/communities/" + community + "/invitations",
                Map.of("organization", "northgrid-energy"))
            .status());
    assertEquals(
        200,
        Api.as("nora")
            .post("/api/communities/" + community + "/invitations/accept", null)
            .status());

    String title = "Relay firmware recall " + UUID.randomUUID().toString().substring(0, 8);
    try (Browser alice = Browser.signIn("alice")) {
      alice.open("alerts.xhtml");
      alice.driver().findElement(By.id("title")).sendKeys(title);
      alice.driver().findElement(By.id("body")).sendKeys("Recall of relay firmware 4.2.");
      new Select(alice.driver().findElement(By.id("marking:tlp"))).selectByValue("AMBER");
      WebElement choice = choice(alice, "marking:communities", community);
      assertEquals(name, label(alice, choice), "the community is picked by its name");
      choice.click();
      alice.driver().findElement(By.id("publishButton")).click();
      assertTrue(
          alice.waitFor(By.className("message-info")).getText().contains("published"),
          alice.bodyText());
    }
    try (Browser nora = Browser.signIn("nora")) {
      nora.open("alerts.xhtml");
      String why = alertRow(nora, title).findElement(By.className("why")).getText();
      assertTrue(why.contains(name), "the explanation names the community: " + why);
      assertFalse(why.contains(community), "not by its id: " + why);
    }
  }

  @Test
  void anOrgAdminKeepsTheProfile() {
    String contact = "soc+" + UUID.randomUUID().toString().substring(0, 6) + "@csb.example";
    try (Browser sam = Browser.signIn("sam")) {
      sam.open("organization.xhtml");
      WebElement field = sam.driver().findElement(By.id("contactEmail"));
      field.clear();
      field.sendKeys(contact);
      sam.driver().findElement(By.id("save")).click();
      assertTrue(sam.waitFor(By.className("message-info")).getText().contains("saved"));
      assertEquals(contact, sam.driver().findElement(By.id("contact")).getText());
    }
  }

  private static WebElement pendingRow(Browser browser, String reason) {
    return browser.driver().findElements(By.cssSelector("#pending tbody tr")).stream()
        .filter(tr -> tr.getText().contains(reason))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError("no pending proposal '" + reason + "': " + browser.bodyText()));
  }

  private static WebElement community(Browser browser, String name) {
    return browser.driver().findElements(By.cssSelector("section.community")).stream()
        .filter(s -> name.equals(s.getAttribute("data-name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no community " + name + ": " + browser.bodyText()));
  }

  private static WebElement alertRow(Browser browser, String title) {
    return browser.driver().findElements(By.cssSelector("#alerts tbody tr")).stream()
        .filter(tr -> tr.getText().contains(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no alert " + title + ": " + browser.bodyText()));
  }

  /** The checkbox of a multi-select picker whose value is {@code value}. */
  static WebElement choice(Browser browser, String name, String value) {
    return browser.driver().findElements(By.name(name)).stream()
        .filter(input -> value.equals(input.getAttribute("value")))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no choice " + value + " in " + name + ": " + browser.bodyText()));
  }

  /** The text a person reads beside a form control. */
  static String label(Browser browser, WebElement control) {
    return browser
        .driver()
        .findElement(By.cssSelector("label[for='" + control.getAttribute("id") + "']"))
        .getText()
        .strip();
  }

  /** The name of a demo person's organization, as the portal has it. */
  static String organizationName(String username) {
    return Api.as(username).get("/api/organizations/mine").json().get("name").asText();
  }
}
