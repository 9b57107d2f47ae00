package org.scrmportal.it.supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.scrmportal.it.support.Browser;
import org.scrmportal.it.support.BrowserTest;
import org.scrmportal.it.support.RawApi;

/**
 * In headless Chromium: an advisory affecting an organization's inventory comes first on its
 * dashboard and on "My affected products"; another organization whose inventory matches too, but
 * which may not see the TLP:AMBER advisory, sees it on neither.
 */
class AffectedProductsPagesIT extends BrowserTest {

  @Test
  void theAffectedOrganizationSeesTheAdvisoryFirstOnItsDashboardAndNoOneElseDoes() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String purl = "pkg:maven/org.example.pages" + run + "/widget";
    RawApi nora = RawApi.as("nora"); // northgrid-energy
    RawApi gina = RawApi.as("gina"); // ncsa
    for (RawApi who : List.of(nora, gina)) {
      RawApi.Reply declared =
          who.postJson(
              "/api/inventory/entries",
              Map.of("components", List.of(Map.of("purl", purl + "@1.1.0"))));
      assertEquals(201, declared.status(), declared.toString());
    }
    RawApi alice = RawApi.as("alice"); // acme-components, the supplier
    assertEquals(200, alice.get("/api/me").status(), "acme-components is known to the portal");
    String namespace = "https://pages-" + run + ".example";
    RawApi.Reply granted =
        RawApi.as("olivia")
            .postJson(
                "/api/csaf/namespaces",
                Map.of("organization", "acme-components", "namespace", namespace));
    assertEquals(201, granted.status(), granted.toString());
    String trackingId = "PAGES-" + run;
    RawApi.Reply stored =
        alice.post(
            "/api/csaf/advisories?organization=northgrid-energy",
            "application/json",
            AffectedPartiesIT.advisory(
                namespace, trackingId, 1, purl, "CVE-2099-12345", "known_affected"));
    assertEquals(201, stored.status(), stored.toString());

    try (Browser noraBrowser = Browser.signIn("nora")) {
      noraBrowser.open("");
      String affected = noraBrowser.waitFor(By.id("affected")).getText();
      assertTrue(affected.contains(trackingId), "nora's dashboard: " + affected);
      assertTrue(affected.contains("Example Widgets widget 1.0 to 1.2"), affected);
      noraBrowser.open("affected.xhtml");
      String notices = noraBrowser.waitFor(By.id("notices-form")).getText();
      assertTrue(notices.contains(trackingId), "nora's affected products: " + notices);
      noraBrowser.assertNoCspViolation();
    }
    try (Browser ginaBrowser = Browser.signIn("gina")) {
      ginaBrowser.open("");
      assertFalse(
          ginaBrowser.waitFor(By.id("affected")).getText().contains(trackingId),
          "ncsa may not see the AMBER advisory, so it is not told of it");
      ginaBrowser.open("affected.xhtml");
      assertFalse(ginaBrowser.driver().getPageSource().contains(trackingId));
    }
  }
}
