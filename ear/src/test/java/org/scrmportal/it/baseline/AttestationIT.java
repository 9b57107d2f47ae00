package org.scrmportal.it.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scrmportal.it.baseline.AttestationFixtures.Baseline;
import org.scrmportal.it.baseline.AttestationFixtures.Req;
import org.scrmportal.it.support.Deployments;
import org.scrmportal.it.support.RawApi;

/**
 * Black-box: acme-components attests NIST SP 800-53 rev5's LOW baseline, by uploading an OSCAL
 * component definition and by the form; the coverage figures are worked out here from what was
 * sent. A component definition naming an unknown control, one the OSCAL schema refuses and one too
 * large are refused and store nothing; a new version of the baseline leaves the attestation pinned.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttestationIT {

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return Deployments.portal();
  }

  private static String run() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** The ids of the attestations {@code who} may see against {@code baselineId}. */
  private static List<Long> attestations(RawApi who, long baselineId) {
    RawApi.Reply list = who.get("/api/attestations");
    assertEquals(200, list.status(), list.toString());
    List<Long> ids = new ArrayList<>();
    for (JsonNode a : list.json()) {
      if (a.path("baseline").path("id").asLong() == baselineId) {
        ids.add(a.path("id").asLong());
      }
    }
    return ids;
  }

  private static void assertCoverage(
      JsonNode coverage, int required, int implemented, int partial, int notApplicable) {
    assertEquals(required, coverage.path("required").asInt(), coverage.toString());
    assertEquals(implemented, coverage.path("implemented").asInt(), coverage.toString());
    assertEquals(partial, coverage.path("partial").asInt(), coverage.toString());
    assertEquals(notApplicable, coverage.path("notApplicable").asInt(), coverage.toString());
    double expected = (implemented + partial / 2.0) / (required - notApplicable);
    assertEquals(expected, coverage.path("ratio").asDouble(), 1e-9, coverage.toString());
    assertEquals(required - implemented - notApplicable, coverage.path("gaps").size());
  }

  @Test
  void aliceAttestsTheLowBaselineByUploadAndCoverageIsWhatWasSent() {
    String run = run();
    Baseline low = AttestationFixtures.publishLow(run);
    List<String> required = low.required();
    RawApi alice = RawApi.as("alice");
    // the first ten LOW controls: 5 implemented, 2 partial, 1 not applicable, 1 planned, 1
    // alternative; the rest unstated
    String[] statuses = {
      "implemented", "implemented", "implemented", "implemented", "implemented",
      "partial", "partial", "not-applicable", "planned", "alternative"
    };
    List<Req> reqs = new ArrayList<>();
    for (int i = 0; i < statuses.length; i++) {
      reqs.add(new Req(required.get(i), statuses[i], "How we do " + required.get(i) + " " + run));
    }
    byte[] cd = AttestationFixtures.componentDefinition("Widget " + run, reqs);
    RawApi.Reply made =
        alice.post(
            "/api/attestations?baseline=" + low.id() + "&product=Widget%20" + run,
            "application/json",
            cd);
    assertEquals(201, made.status(), made.toString());
    JsonNode a = made.json();
    assertEquals("acme-components", a.path("organization").asText());
    assertEquals("Widget " + run, a.path("product").asText());
    assertEquals(low.id(), a.path("baseline").path("id").asLong());
    assertEquals("AMBER+STRICT", a.path("marking").path("tlp").asText());
    assertEquals(List.of(), listOf(a.path("marking").path("organizations")));
    assertCoverage(a.path("coverage"), required.size(), 5, 2, 1);

    long id = a.path("id").asLong();
    RawApi.Reply coverage = alice.get("/api/attestations/" + id + "/coverage");
    assertEquals(200, coverage.status(), coverage.toString());
    assertCoverage(coverage.json().path("coverage"), required.size(), 5, 2, 1);
    // the gaps: partial, planned, alternative and every unstated control, in the baseline's order
    List<String> gaps = new ArrayList<>(List.of(required.get(5), required.get(6)));
    gaps.addAll(required.subList(8, required.size()));
    assertEquals(gaps, listOf(coverage.json().path("coverage").path("gaps")));
    JsonNode firstGap = coverage.json().path("gaps").path(0);
    assertEquals(required.get(5), firstGap.path("control").asText());
    assertEquals("partial", firstGap.path("status").asText());
    assertEquals("planned", coverage.json().path("gaps").path(2).path("status").asText());
    assertEquals("alternative", coverage.json().path("gaps").path(3).path("status").asText());
    assertEquals("not-stated", coverage.json().path("gaps").path(4).path("status").asText());

    RawApi.Reply read = alice.get("/api/attestations/" + id);
    assertEquals(200, read.status(), read.toString());
    assertEquals(10, read.json().path("statements").size());
    assertEquals(
        "How we do " + required.get(7) + " " + run,
        read.json().path("statements").path(7).path("statement").asText());
    assertEquals("not-applicable", read.json().path("statements").path(7).path("status").asText());
    RawApi.Reply document = alice.get("/api/attestations/" + id + "/component-definition");
    assertEquals(200, document.status());
    assertTrue(Arrays.equals(cd, document.body()), "the component definition byte for byte");
  }

  @Test
  void theFormProducesAComponentDefinitionThatReadsBack() {
    String run = run();
    Baseline low = AttestationFixtures.publishLow(run);
    List<String> required = low.required();
    RawApi adam = RawApi.as("adam"); // acme-components, submitter
    List<Map<String, String>> controls =
        List.of(
            Map.of("control", required.get(0), "status", "implemented", "statement", "Yes " + run),
            // a label names the control too
            Map.of(
                "control",
                required.get(1).toUpperCase(java.util.Locale.ROOT),
                "status",
                "partial",
                "statement",
                "Half " + run),
            Map.of("control", required.get(2), "status", "NOT_APPLICABLE", "statement", "n/a"));
    RawApi.Reply made =
        adam.postJson("/api/attestations", Map.of("baseline", low.id(), "controls", controls));
    assertEquals(201, made.status(), made.toString());
    JsonNode product = made.json().path("product");
    assertTrue(product.isMissingNode() || product.isNull(), "the organization as a whole");
    assertCoverage(made.json().path("coverage"), required.size(), 1, 1, 1);
    long id = made.json().path("id").asLong();

    RawApi.Reply document = adam.get("/api/attestations/" + id + "/component-definition");
    assertEquals(200, document.status(), document.toString());
    JsonNode cd = document.json().path("component-definition");
    JsonNode reqs =
        cd.path("components")
            .path(0)
            .path("control-implementations")
            .path(0)
            .path("implemented-requirements");
    assertEquals(3, reqs.size(), document.text());
    assertEquals(required.get(0), reqs.path(0).path("control-id").asText());
    assertEquals(required.get(1), reqs.path(1).path("control-id").asText());
    assertTrue(document.text().contains("Half " + run));

    // the written document uploads again as it is, to the same figures
    RawApi.Reply again =
        adam.post("/api/attestations?baseline=" + low.id(), "application/json", document.body());
    assertEquals(201, again.status(), again.toString());
    assertCoverage(again.json().path("coverage"), required.size(), 1, 1, 1);
  }

  @Test
  void unknownControlsSchemaInvalidAndOversizedDocumentsAreRefusedAndStoreNothing() {
    String run = run();
    Baseline low = AttestationFixtures.publishLow(run);
    RawApi alice = RawApi.as("alice");
    String path = "/api/attestations?baseline=" + low.id() + "&product=Refused%20" + run;

    // sr-6 is a HIGH/MODERATE control, not LOW; zz-99 is no control at all
    byte[] unknown =
        AttestationFixtures.componentDefinition(
            "Unknown " + run,
            List.of(
                new Req(low.required().get(0), "implemented", "fine"),
                new Req("sr-6", "implemented", "not in LOW")));
    RawApi.Reply refused = alice.post(path, "application/json", unknown);
    assertEquals(422, refused.status(), refused.toString());
    assertTrue(refused.text().contains("sr-6"), refused.toString());
    assertTrue(
        refused
            .text()
            .contains(
                "/component-definition/components/0/control-implementations/0/implemented-requirements/1/control-id"),
        refused.toString());

    byte[] schemaInvalid =
        ("{\"component-definition\":{\"uuid\":\"not-a-uuid\",\"metadata\":{\"title\":\"x\"}}}")
            .getBytes(StandardCharsets.UTF_8);
    RawApi.Reply invalid = alice.post(path, "application/json", schemaInvalid);
    assertEquals(422, invalid.status(), invalid.toString());

    byte[] huge = new byte[4 * 1024 * 1024 + 1];
    Arrays.fill(huge, (byte) ' ');
    huge[0] = '{';
    RawApi.Reply tooLarge = alice.post(path, "application/json", huge);
    assertEquals(413, tooLarge.status(), tooLarge.toString());

    // a form naming an unknown control is refused too
    RawApi.Reply form =
        alice.postJson(
            "/api/attestations",
            Map.of(
                "baseline",
                low.id(),
                "controls",
                List.of(Map.of("control", "zz-99", "status", "implemented", "statement", "x"))));
    assertEquals(422, form.status(), form.toString());
    assertTrue(form.text().contains("zz-99"), form.toString());
    assertTrue(form.text().contains("/controls/0/control"), form.toString());

    assertEquals(List.of(), attestations(alice, low.id()), "nothing was stored");
  }

  @Test
  void aNewVersionOfTheBaselineLeavesTheAttestationPinned() {
    String run = run();
    Baseline v1 = AttestationFixtures.publishLow(run);
    RawApi alice = RawApi.as("alice");
    RawApi.Reply made =
        alice.postJson(
            "/api/attestations",
            Map.of(
                "baseline",
                v1.id(),
                "controls",
                List.of(
                    Map.of(
                        "control",
                        v1.required().get(0),
                        "status",
                        "implemented",
                        "statement",
                        "x"))));
    assertEquals(201, made.status(), made.toString());
    long id = made.json().path("id").asLong();

    // version 2 of the same series keeps only the first 20 controls
    long v2 =
        AttestationFixtures.publish(v1.name(), AttestationFixtures.lowWithFirst(20), List.of());
    assertFalse(v2 == v1.id());
    RawApi.Reply versions = RawApi.as("sam").get("/api/baselines/" + v2);
    assertEquals(200, versions.status(), versions.toString());
    assertEquals(
        2, versions.json().path("publication").path("version").asInt(), versions.toString());

    RawApi.Reply read = alice.get("/api/attestations/" + id);
    assertEquals(200, read.status(), read.toString());
    assertEquals(v1.id(), read.json().path("baseline").path("id").asLong());
    assertEquals(1, read.json().path("baseline").path("version").asInt());
    RawApi.Reply coverage = alice.get("/api/attestations/" + id + "/coverage");
    assertEquals(200, coverage.status(), coverage.toString());
    assertEquals(v1.id(), coverage.json().path("baseline").asLong());
    assertCoverage(coverage.json().path("coverage"), v1.required().size(), 1, 0, 0);
  }

  private static List<String> listOf(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
