package org.scrmportal.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsafViewTest {

  private static byte[] advisory() throws IOException {
    try (InputStream in =
        CsafViewTest.class.getResourceAsStream("/csaf/acme-relay-advisory.json")) {
      return in.readAllBytes();
    }
  }

  @Test
  void theDocumentsHeaderIsReadForPeople() throws IOException {
    CsafView view = CsafView.of(advisory());
    assertEquals("ACME Relay Controller web console XSS TAG", view.getTitle());
    assertEquals("ACME Components", view.getPublisherName());
    assertEquals("https://acme-components.example", view.getPublisherNamespace());
    assertEquals("ACME-2024-TAG", view.getTrackingId());
    assertEquals("1", view.getVersion());
    assertEquals("final", view.getStatus());
    assertEquals("AMBER", view.getTlpLabel());
    assertEquals(
        List.of(new CsafView.Revision("1", "2024-05-01T10:00:00.000Z", "Initial version.")),
        view.getRevisions());
    assertEquals("summary", view.getNotes().get(0).category());
    assertEquals(
        new CsafView.Reference(
            "external", "Vendor page", "https://acme-components.example/advisories/TAG"),
        view.getReferences().get(0));
  }

  @Test
  void productsAreNamedFromTheTreeWithTheirBranchPath() throws IOException {
    CsafView view = CsafView.of(advisory());
    assertEquals(
        List.of(
            new CsafView.Product(
                "RC-2.1.0",
                "ACME Relay Controller 2.1.0",
                "ACME Components / Relay Controller / 2.1.0",
                "",
                "pkg:generic/acme-components/relay-controller@2.1.0"),
            new CsafView.Product(
                "RC-2.1.1",
                "ACME Relay Controller 2.1.1",
                "ACME Components / Relay Controller / 2.1.1",
                "",
                "")),
        view.getProducts());
    assertEquals("UNKNOWN-ID", view.productName("UNKNOWN-ID"), "an id outside the tree as it is");
  }

  @Test
  void vulnerabilitiesCarryCveCweScoresStatusesAndRemediationsByProductName() throws IOException {
    CsafView.Vulnerability v = CsafView.of(advisory()).getVulnerabilities().get(0);
    assertEquals("CVE-2024-12345", v.cve());
    assertEquals("CWE-79", v.cweId());
    assertEquals(
        List.of(
            new CsafView.Score(
                "3.1",
                "6.1",
                "MEDIUM",
                "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N",
                List.of("ACME Relay Controller 2.1.0"))),
        v.scores());
    assertEquals(
        List.of(
            new CsafView.Status("known_affected", List.of("ACME Relay Controller 2.1.0")),
            new CsafView.Status("fixed", List.of("ACME Relay Controller 2.1.1"))),
        v.statuses());
    CsafView.Remediation fix = v.remediations().get(0);
    assertEquals("vendor_fix", fix.category());
    assertEquals("Update to version 2.1.1.", fix.details());
    assertEquals(List.of("ACME Relay Controller 2.1.0"), fix.products());
  }

  @Test
  void somethingElseThanACsafDocumentIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> CsafView.of("[1,2]".getBytes(StandardCharsets.UTF_8)));
    assertThrows(
        IllegalArgumentException.class,
        () -> CsafView.of("{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
    assertThrows(
        IllegalArgumentException.class,
        () -> CsafView.of("{not json".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void onlyHttpUrlsBecomeLinks() {
    assertEquals(
        "https://a.example/x",
        new CsafView.Reference("external", "", "https://a.example/x").href());
    assertEquals(null, new CsafView.Reference("external", "", "javascript:alert(1)").href());
    assertEquals(null, new CsafView.Reference("external", "", " JavaScript:alert(1)").href());
    assertEquals(null, new CsafView.Reference("external", "", "data:text/html,x").href());
  }
}
