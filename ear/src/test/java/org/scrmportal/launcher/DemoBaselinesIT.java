package org.scrmportal.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scrmportal.it.support.Deployments;
import org.scrmportal.it.support.TestServers;
import org.scrmportal.it.support.Tokens;

/**
 * The run command's demo baselines, against the test servers: sam of cyber-standards-board
 * publishes the NIST SP 800-53 rev5 catalog and its LOW, MODERATE and HIGH profiles, which resolve
 * against it through the profiles' back-matter rlinks; a second run adds nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoBaselinesIT {

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return Deployments.portal();
  }

  @Test
  void theNistBaselinesArePublishedOnce() throws Exception {
    DemoData demo = new DemoData(TestServers.PORTAL, TestServers.issuer());
    boolean added = demo.loadBaselinesIfEmpty();
    // another class of this run may have seeded them already: then they must be there
    Map<String, JsonNode> byName = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    HttpResponse<String> list =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(TestServers.PORTAL.resolve("/api/baselines")).build(),
                HttpResponse.BodyHandlers.ofString());
    json.readTree(list.body()).forEach(p -> byName.put(p.path("name").asText(), p));
    JsonNode catalog = byName.get(DemoData.NIST_CATALOG);
    assertTrue(catalog != null, "the catalog is listed, also without signing in: " + list.body());
    assertEquals("cyber-standards-board", catalog.path("publisher").asText());
    assertEquals("CATALOG", catalog.path("kind").asText());
    for (String level : new String[] {"LOW", "MODERATE", "HIGH"}) {
      JsonNode profile = byName.get("NIST_SP-800-53_rev5_" + level + "-baseline");
      assertTrue(profile != null, level + " is listed");
      assertEquals("PROFILE", profile.path("kind").asText());
      assertEquals(DemoData.NIST_CATALOG, profile.path("catalogName").asText());
      assertTrue(profile.path("controlCount").asInt() > 100, level + ": " + profile);
    }
    assertTrue(
        byName.get("NIST_SP-800-53_rev5_LOW-baseline").path("controlCount").asInt()
            < byName.get("NIST_SP-800-53_rev5_HIGH-baseline").path("controlCount").asInt());
    assertFalse(
        demo.loadBaselinesIfEmpty(), "a second run adds nothing (added first: " + added + ")");
  }

  /**
   * The demo attestation: Acme Components attests the SR controls of the LOW baseline (five
   * implemented, one partial, one planned, one not applicable) and shares it with Northgrid Energy,
   * which declared Acme Components a supplier and chose LOW: nora's coverage part is one minus (5 +
   * 1/2) over the LOW controls less the one not applicable.
   */
  @Test
  void theDemoAttestationExplainsNorasRiskOfAcme() throws Exception {
    DemoData demo = new DemoData(TestServers.PORTAL, TestServers.issuer());
    demo.loadBaselinesIfEmpty();
    boolean added = demo.loadAttestationsIfEmpty();
    ObjectMapper json = new ObjectMapper();
    HttpClient http = HttpClient.newHttpClient();
    if (added) {
      int lowControls = -1;
      for (JsonNode p :
          json.readTree(
              http.send(
                      HttpRequest.newBuilder(TestServers.PORTAL.resolve("/api/baselines")).build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body())) {
        if ("NIST_SP-800-53_rev5_LOW-baseline".equals(p.path("name").asText())) {
          lowControls = p.path("controlCount").asInt();
        }
      }
      HttpResponse<String> risk =
          http.send(
              HttpRequest.newBuilder(
                      TestServers.PORTAL.resolve("/api/risk/suppliers/acme-components"))
                  .header("Authorization", "Bearer " + Tokens.forUser("nora"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, risk.statusCode(), risk.body());
      JsonNode supplier = json.readTree(risk.body());
      assertTrue(supplier.path("declared").asBoolean(), risk.body());
      assertEquals(
          1 - (5 + 0.5) / (lowControls - 1),
          supplier.path("coverage").path("value").asDouble(),
          1e-9,
          risk.body());
    }
    assertFalse(
        demo.loadAttestationsIfEmpty(), "a second run adds nothing (added first: " + added + ")");
  }
}
