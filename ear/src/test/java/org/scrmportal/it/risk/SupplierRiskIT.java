package org.scrmportal.it.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scrmportal.it.risk.RiskFixtures.Vulnerability;
import org.scrmportal.it.support.Deployments;
import org.scrmportal.it.support.RawApi;

/**
 * Black-box: acme-components (alice) publishes an advisory affecting a product northgrid-energy
 * (nora) runs, ncsa (gina) shares a sighting of an indicator naming one of its CVEs; nora's score
 * for acme-components is the value worked out by hand from the formula (docs/RISK.md). Then acme
 * publishes a TLP:AMBER+STRICT advisory for ncsa only that would affect northgrid-energy too:
 * nora's score does not move (a hidden advisory never changes a score the viewer sees), ncsa's
 * does.
 *
 * <p>Coverage: this test chooses no baseline, so the coverage part is 1 (no attestation counts);
 * the coverage arithmetic is in RiskFormulaTest (the attestations' REST API was not on this
 * branch).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupplierRiskIT {

  private static final double EPS = 1e-9;

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return Deployments.portal();
  }

  private static JsonNode score(RiskClient who, String supplier) {
    RawApi.Reply reply = who.get("/api/risk/suppliers/" + supplier);
    assertEquals(200, reply.status(), who.name() + ": " + reply);
    return reply.json();
  }

  @Test
  void theScoreIsTheFormulaOverWhatTheConsumerMaySeeAndHiddenAdvisoriesChangeNothing() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String purl = "pkg:maven/org.example.risk" + run + "/widget";
    RiskClient nora = RiskClient.as("nora"); // northgrid-energy, the consumer
    RiskClient gina = RiskClient.as("gina"); // ncsa, an agency that also runs the widget
    RiskClient alice = RiskClient.as("alice"); // acme-components, the supplier
    RiskFixtures.closeAcmeNotices(nora); // what other tests left in the inbox
    RiskFixtures.noBaselineChoice(nora);
    RiskFixtures.runs(nora, purl + "@1.2.3");
    RiskFixtures.runs(gina, purl + "@1.2.3");
    String namespace = RiskFixtures.acmeNamespace(run);
    RiskFixtures.Baseline baseline = RiskFixtures.publishLowWithFirst(run, 4);
    assertEquals(4, baseline.required().size(), baseline.toString());
    // acme attests the first three as implemented and names not the fourth; private to acme
    long attestation =
        RiskFixtures.attestImplemented(alice, baseline.id(), baseline.required().subList(0, 3));
    Map<String, Object> choice = new java.util.HashMap<>();
    choice.put("baseline", baseline.id());
    RawApi.Reply chosen = nora.putJson("/api/risk/baseline", choice);
    assertEquals(200, chosen.status(), chosen.toString());

    String critical = RiskFixtures.cve();
    String exploited = RiskFixtures.cve();
    RiskFixtures.publish(
        alice,
        "?organization=northgrid-energy",
        RiskFixtures.advisory(
            namespace,
            "RISK-" + run,
            purl,
            List.of(
                new Vulnerability(
                    critical,
                    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:N",
                    9.1,
                    "CRITICAL",
                    null),
                new Vulnerability(
                    exploited, null, null, null, "Exploit code is publicly available"))));
    // ncsa shares a sighting of an indicator naming the critical CVE with northgrid-energy
    RiskFixtures.sightingOfIndicatorNaming(
        gina, "?tlp=AMBER&organization=northgrid-energy", critical);

    // advisories: the critical CVE, CVSS 9.1, affected: 1.0 · 0.91 = 0.91;
    //   the exploited one, no CVSS (5.0 assumed), exploitation stated: 0.5 + (1 − 0.5)·0.5 = 0.75
    double advisories = 1 - (1 - 0.91) * (1 - 0.75); // 1 − 0.09·0.25 = 0.9775
    double sightings = 1 - Math.pow(1 - 0.25, 1); // one sighting: 0.25
    assertEquals(0.9775, advisories, EPS);

    // the attestation is private to acme: northgrid-energy sees none, so no coverage
    JsonNode privately = score(nora, "acme-components");
    double unattested = 50 * advisories + 20 * sightings + 30 * (1 - 0); // 48.875 + 5 + 30
    assertEquals(83.875, unattested, EPS);
    assertEquals(unattested, privately.path("value").asDouble(), EPS, privately.toString());
    assertEquals(84, privately.path("score").asInt(), privately.toString());
    assertTrue(
        privately.path("explanation").toString().contains("no attestation of acme-components"),
        privately.toString());
    assertEquals(baseline.id(), privately.path("baselineId").asLong(), privately.toString());

    // shared with northgrid-energy: 3 implemented / 4 required = 0.75
    RiskFixtures.shareAttestation(alice, attestation, "northgrid-energy");
    JsonNode before = score(nora, "acme-components");
    double coverage = 1 - 3.0 / 4; // 0.25
    double expected = 50 * advisories + 20 * sightings + 30 * coverage; // 48.875 + 5 + 7.5
    assertEquals(61.375, expected, EPS);
    assertEquals(
        advisories, before.path("advisories").path("value").asDouble(), EPS, before.toString());
    assertEquals(
        sightings, before.path("sightings").path("value").asDouble(), EPS, before.toString());
    assertEquals(
        coverage, before.path("coverage").path("value").asDouble(), EPS, before.toString());
    assertEquals(expected, before.path("value").asDouble(), EPS, before.toString());
    assertEquals(61, before.path("score").asInt(), before.toString());
    String why = before.path("explanation").toString();
    assertTrue(why.contains(critical) && why.contains("CVSS 9.1"), why);
    assertTrue(why.contains(exploited) && why.contains("Exploit code is publicly available"), why);
    assertTrue(why.contains("Sightings: 1 in the last 30 days"), why);
    assertTrue(why.contains("attestation " + attestation + " of acme-components"), why);
    assertTrue(why.contains("gaps: " + baseline.required().get(3) + "\""), why);
    assertTrue(before.path("advised").asBoolean(), before.toString());

    // the list has the same score, and reading it wrote today's snapshot
    JsonNode list = nora.get("/api/risk/suppliers").json();
    JsonNode acme = null;
    for (JsonNode s : list.path("suppliers")) {
      if ("acme-components".equals(s.path("organization").asText())) {
        acme = s;
      }
    }
    assertTrue(acme != null, "acme-components among nora's suppliers: " + list);
    assertEquals(61, acme.path("score").asInt());
    assertEquals(baseline.id(), list.path("defaultBaselineId").asLong(), list.toString());
    JsonNode history = nora.get("/api/risk/suppliers/acme-components/history").json();
    JsonNode last = history.path("days").get(history.path("days").size() - 1);
    assertEquals(
        LocalDate.now(ZoneOffset.UTC).toString(), last.path("day").asText(), history.toString());
    assertEquals(61, last.path("score").asInt(), history.toString());
    assertEquals(expected, last.path("value").asDouble(), EPS, history.toString());

    // ncsa declares acme-components and reads its score before the hidden advisory
    assertEquals(
        201,
        gina.postJson("/api/risk/suppliers", Map.of("organization", "acme-components")).status());
    JsonNode ginaBefore = score(gina, "acme-components");

    // acme publishes an AMBER+STRICT advisory for ncsa only; it names the widget northgrid runs
    String hidden = RiskFixtures.cve();
    RiskFixtures.publish(
        alice,
        "?tlp=AMBER%2BSTRICT&organization=ncsa",
        RiskFixtures.advisory(
            namespace,
            "RISK-STRICT-" + run,
            purl,
            List.of(
                new Vulnerability(
                    hidden,
                    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
                    9.8,
                    "CRITICAL",
                    null))));

    JsonNode after = score(nora, "acme-components");
    assertEquals(
        before.path("value").asDouble(), after.path("value").asDouble(), EPS, after.toString());
    assertEquals(61, after.path("score").asInt());
    assertFalse(after.toString().contains(hidden), "nora's score never names the hidden CVE");

    JsonNode ginaAfter = score(gina, "acme-components");
    assertTrue(
        ginaAfter.path("value").asDouble() > ginaBefore.path("value").asDouble(),
        "ncsa may see the advisory, its score moves: " + ginaBefore + " → " + ginaAfter);
    assertTrue(ginaAfter.path("explanation").toString().contains(hidden), ginaAfter.toString());
    assertEquals(204, gina.delete("/api/risk/suppliers/acme-components").status(), "ncsa restores");
  }
}
