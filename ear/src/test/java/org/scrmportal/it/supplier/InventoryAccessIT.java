package org.scrmportal.it.supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scrmportal.it.support.Deployments;
import org.scrmportal.it.support.RawApi;

/**
 * Black-box: an inventory is private to its organization (and whom it shares it with), per role;
 * SBOMs upload as JSON and XML, and an XML SBOM with an external entity is refused with nothing
 * added.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InventoryAccessIT {

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return Deployments.portal();
  }

  /** Whether the inventory at {@code path} lists {@code purl}, page after page. */
  private static boolean lists(RawApi who, String path, String purl) {
    long after = 0;
    while (true) {
      RawApi.Reply reply = who.get(path + "&after=" + after);
      assertEquals(200, reply.status(), reply.toString());
      for (JsonNode e : reply.json().path("entries")) {
        if (purl.equals(e.path("purl").asText())) {
          return true;
        }
      }
      if (!reply.json().path("more").asBoolean()) {
        return false;
      }
      after = reply.json().path("next").asLong();
    }
  }

  @Test
  void anInventoryIsPrivateToItsOrganizationPerRoleUntilShared() {
    String purl = "pkg:npm/it-private-" + UUID.randomUUID().toString().substring(0, 8) + "@1.0.0";
    RawApi nora = RawApi.as("nora"); // northgrid-energy, submitter + org-admin
    RawApi.Reply added =
        nora.postJson(
            "/api/inventory/entries", Map.of("components", List.of(Map.of("purl", purl))));
    assertEquals(201, added.status(), added.toString());
    String path = "/api/inventory?organization=northgrid-energy&limit=1000";
    // its own members read it; others read "no such inventory", whatever their role or tier
    assertTrue(lists(nora, "/api/inventory?limit=1000", purl));
    assertTrue(lists(nora, path, purl));
    for (String other : List.of("gina", "alice", "adam", "sam", "olivia", "victor")) {
      RawApi.Reply reply = RawApi.as(other).get(path);
      assertEquals(404, reply.status(), other + ": " + reply);
      assertFalse(reply.text().contains(purl), other);
    }
    assertEquals(401, RawApi.anonymous().get(path).status());

    // writing takes submitter, analyst or org-admin of a member organization
    RawApi.Reply victor =
        RawApi.as("victor")
            .postJson(
                "/api/inventory/entries", Map.of("components", List.of(Map.of("purl", purl))));
    assertEquals(403, victor.status(), victor.toString());

    // shared with ncsa through the marking: ncsa reads it, acme-components still does not
    RawApi.Reply shared =
        nora.putJson(
            "/api/inventory/marking", Map.of("tlp", "AMBER", "organizations", List.of("ncsa")));
    assertEquals(200, shared.status(), shared.toString());
    try {
      assertTrue(lists(RawApi.as("gina"), path, purl));
      assertEquals(404, RawApi.as("alice").get(path).status());
      // ncsa cannot change northgrid-energy's inventory
      long id = added.json().path(0).path("id").asLong();
      assertEquals(404, RawApi.as("gina").delete("/api/inventory/entries/" + id).status());
    } finally {
      RawApi.Reply narrowed = nora.putJson("/api/inventory/marking", Map.of("tlp", "AMBER+STRICT"));
      assertEquals(200, narrowed.status(), narrowed.toString());
    }
    assertEquals(404, RawApi.as("gina").get(path).status());
  }

  @Test
  void sbomsUploadAsJsonAndXmlAndAnExternalEntityIsRefused() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    RawApi nora = RawApi.as("nora");
    String json =
        "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.5\",\"version\":1,\"components\":["
            + "{\"type\":\"library\",\"name\":\"json-lib-"
            + run
            + "\",\"version\":\"2.0.1\",\"purl\":\"pkg:npm/json-lib-"
            + run
            + "@2.0.1\"}]}";
    RawApi.Reply fromJson =
        nora.post(
            "/api/inventory/sbom?name=app.cdx.json",
            "application/vnd.cyclonedx+json",
            json.getBytes(StandardCharsets.UTF_8));
    assertEquals(201, fromJson.status(), fromJson.toString());
    assertEquals("sbom:app.cdx.json", fromJson.json().path(0).path("source").asText());

    String xml =
        "<?xml version=\"1.0\"?><bom xmlns=\"http://cyclonedx.org/schema/bom/1.5\" version=\"1\">"
            + "<components><component type=\"library\"><name>xml-lib-"
            + run
            + "</name><version>3.1</version></component></components></bom>";
    RawApi.Reply fromXml =
        nora.post(
            "/api/inventory/sbom",
            "application/vnd.cyclonedx+xml",
            xml.getBytes(StandardCharsets.UTF_8));
    assertEquals(201, fromXml.status(), fromXml.toString());
    assertEquals("xml-lib-" + run, fromXml.json().path(0).path("name").asText());

    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE bom [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.5\" version=\"1\"><components>"
            + "<component type=\"library\"><name>xxe-"
            + run
            + "&xxe;</name></component></components></bom>";
    RawApi.Reply refused =
        nora.post(
            "/api/inventory/sbom",
            "application/vnd.cyclonedx+xml",
            xxe.getBytes(StandardCharsets.UTF_8));
    assertEquals(400, refused.status(), refused.toString());
    assertFalse(refused.text().contains("root:"));
    assertFalse(
        lists(nora, "/api/inventory?limit=1000", "pkg:generic/xxe-" + run)
            || nora.get("/api/inventory?limit=1000").text().contains("xxe-" + run),
        "nothing of the refused SBOM was added");
  }
}
