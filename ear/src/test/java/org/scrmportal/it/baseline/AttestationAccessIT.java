package org.scrmportal.it.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.scrmportal.it.support.Deployments;
import org.scrmportal.it.support.RawApi;

/**
 * Black-box: who may attest (submitters, analysts and org admins of a company) and who sees an
 * attestation: private to acme-components until shared; shared with northgrid-energy, nora sees it
 * and gina (ncsa) still does not; an attestation one may not see answers exactly like one that does
 * not exist, on every endpoint.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttestationAccessIT {

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return Deployments.portal();
  }

  private static Map<String, Object> form(Baseline low, String statement) {
    return Map.of(
        "baseline",
        low.id(),
        "product",
        "Access " + statement,
        "controls",
        List.of(
            Map.of(
                "control",
                low.required().get(0),
                "status",
                "implemented",
                "statement",
                statement)));
  }

  private static boolean lists(RawApi who, long id) {
    RawApi.Reply list = who.get("/api/attestations");
    assertEquals(200, list.status(), list.toString());
    for (JsonNode a : list.json()) {
      if (a.path("id").asLong() == id) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> READS = List.of("", "/coverage", "/component-definition");

  @Test
  void onlySubmittersAnalystsAndOrgAdminsOfACompanyAttest() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Baseline low = AttestationFixtures.publishLow(run);
    // alice: submitter + org-admin, adam: submitter (acme-components, a company)
    for (String who : List.of("alice", "adam")) {
      RawApi.Reply made = RawApi.as(who).postJson("/api/attestations", form(low, who + run));
      assertEquals(201, made.status(), who + ": " + made);
    }
    // gina: analyst of an agency; sam: org-admin of a standards body; olivia: operator; victor: no
    // organization
    for (String who : List.of("gina", "sam", "olivia", "victor")) {
      RawApi.Reply refused = RawApi.as(who).postJson("/api/attestations", form(low, who + run));
      assertEquals(403, refused.status(), who + ": " + refused);
      RawApi.Reply upload =
          RawApi.as(who)
              .post(
                  "/api/attestations?baseline=" + low.id(),
                  "application/json",
                  AttestationFixtures.componentDefinition(
                      "x",
                      List.of(
                          new AttestationFixtures.Req(low.required().get(0), "implemented", "x"))));
      assertEquals(403, upload.status(), who + ": " + upload);
    }
    RawApi anonymous = RawApi.anonymous();
    assertEquals(401, anonymous.postJson("/api/attestations", form(low, "anon")).status());
    assertEquals(401, anonymous.get("/api/attestations").status());
    assertEquals(401, anonymous.get("/api/attestations/1").status());
  }

  @Test
  void privateToAcmeUntilSharedWithNorthgridAndHiddenReadsLikeMissing() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Baseline low = AttestationFixtures.publishLow(run);
    RawApi alice = RawApi.as("alice");
    RawApi.Reply made = alice.postJson("/api/attestations", form(low, "private " + run));
    assertEquals(201, made.status(), made.toString());
    long id = made.json().path("id").asLong();
    long missing = Long.MAX_VALUE - 7;

    // acme-components' own members read it on every endpoint and see it listed
    for (String who : List.of("alice", "adam")) {
      RawApi me = RawApi.as(who);
      for (String read : READS) {
        assertEquals(200, me.get("/api/attestations/" + id + read).status(), who + read);
      }
      assertTrue(lists(me, id), who);
    }
    // no one else: exactly as for an id that does not exist
    for (String who : List.of("nora", "gina", "sam", "olivia", "victor")) {
      RawApi other = RawApi.as(who);
      for (String read : READS) {
        RawApi.Reply hidden = other.get("/api/attestations/" + id + read);
        RawApi.Reply absent = other.get("/api/attestations/" + missing + read);
        assertEquals(404, hidden.status(), who + read + ": " + hidden);
        assertEquals(absent.status(), hidden.status(), who + read);
        assertEquals(absent.text(), hidden.text(), who + read);
        assertFalse(hidden.text().contains("private " + run));
      }
      RawApi.Reply hiddenShare =
          other.putJson(
              "/api/attestations/" + id + "/marking",
              Map.of("tlp", "AMBER+STRICT", "organizations", List.of("ncsa")));
      RawApi.Reply absentShare =
          other.putJson(
              "/api/attestations/" + missing + "/marking",
              Map.of("tlp", "AMBER+STRICT", "organizations", List.of("ncsa")));
      assertEquals(absentShare.status(), hiddenShare.status(), who);
      assertEquals(absentShare.text(), hiddenShare.text(), who);
      assertFalse(lists(other, id), who);
    }

    // adam (a submitter, not an org admin) may not loosen the marking
    RawApi.Reply loosen =
        RawApi.as("adam")
            .putJson(
                "/api/attestations/" + id + "/marking",
                Map.of("tlp", "AMBER+STRICT", "organizations", List.of("northgrid-energy")));
    assertEquals(403, loosen.status(), loosen.toString());
    assertEquals(404, RawApi.as("nora").get("/api/attestations/" + id).status());

    // alice (org admin) shares it with northgrid-energy, a customer
    RawApi.Reply shared =
        alice.putJson(
            "/api/attestations/" + id + "/marking",
            Map.of("tlp", "AMBER+STRICT", "organizations", List.of("northgrid-energy")));
    assertEquals(200, shared.status(), shared.toString());
    assertEquals(
        List.of("northgrid-energy"), List.of(shared.json().path("organizations").path(0).asText()));
    RawApi nora = RawApi.as("nora");
    for (String read : READS) {
      assertEquals(200, nora.get("/api/attestations/" + id + read).status(), "nora" + read);
    }
    assertTrue(lists(nora, id));
    // nora may read it, but not change who else does
    RawApi.Reply noraShares =
        nora.putJson(
            "/api/attestations/" + id + "/marking",
            Map.of("tlp", "AMBER+STRICT", "organizations", List.of("northgrid-energy", "ncsa")));
    assertEquals(403, noraShares.status(), noraShares.toString());
    RawApi gina = RawApi.as("gina");
    assertEquals(404, gina.get("/api/attestations/" + id).status());
    assertFalse(lists(gina, id));

    // narrowed back: northgrid-energy no longer sees it
    RawApi.Reply narrowed =
        alice.putJson("/api/attestations/" + id + "/marking", Map.of("tlp", "AMBER+STRICT"));
    assertEquals(200, narrowed.status(), narrowed.toString());
    assertEquals(404, nora.get("/api/attestations/" + id).status());
  }
}
