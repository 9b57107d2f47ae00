package org.scrmportal.it.risk;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.scrmportal.it.support.Deployments;
import org.scrmportal.it.support.RawApi;

/**
 * Black-box: every {@code /api/risk} endpoint for every kind of caller. No token is 401; a person
 * of no organization 403; reads are for members of an organization, about its own suppliers only
 * (another organization's supplier, or one that is none, reads exactly like an unknown one);
 * declaring, removing and choosing the baseline take org-admin or analyst.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RiskAccessIT {

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return Deployments.portal();
  }

  private record Expectation(
      String what, RiskClient caller, Function<RiskClient, RawApi.Reply> call, int status) {}

  private static Map<String, Object> choice(Object baseline, String supplier) {
    Map<String, Object> body = new HashMap<>();
    body.put("baseline", baseline);
    body.put("supplier", supplier);
    return body;
  }

  @Test
  void everyEndpointAnswersEveryCallerAsTheRolesAndTheOrganizationSay() {
    RiskClient nobody = RiskClient.anonymous();
    RiskClient victor = RiskClient.as("victor"); // no organization, no role
    RiskClient adam = RiskClient.as("adam"); // acme-components: submitter only
    RiskClient alice = RiskClient.as("alice"); // acme-components: org-admin
    RiskClient gina = RiskClient.as("gina"); // ncsa: analyst
    RiskClient sam = RiskClient.as("sam"); // cyber-standards-board: org-admin

    // ncsa depends on acme-components (declared by its analyst); acme-components on nothing of ncsa
    assertEquals(
        201,
        gina.postJson("/api/risk/suppliers", Map.of("organization", "acme-components")).status());

    List<Expectation> matrix = new ArrayList<>();
    for (RiskClient c : List.of(nobody, victor)) {
      int status = c == nobody ? 401 : 403;
      matrix.add(new Expectation("list", c, x -> x.get("/api/risk/suppliers"), status));
      matrix.add(
          new Expectation("one", c, x -> x.get("/api/risk/suppliers/acme-components"), status));
      matrix.add(
          new Expectation(
              "history", c, x -> x.get("/api/risk/suppliers/acme-components/history"), status));
      matrix.add(
          new Expectation(
              "declare",
              c,
              x -> x.postJson("/api/risk/suppliers", Map.of("organization", "acme-components")),
              status));
      matrix.add(
          new Expectation(
              "remove", c, x -> x.delete("/api/risk/suppliers/acme-components"), status));
      matrix.add(
          new Expectation(
              "baseline", c, x -> x.putJson("/api/risk/baseline", choice(null, null)), status));
    }
    // any member reads its own organization's suppliers
    for (RiskClient c : List.of(adam, alice, gina, sam)) {
      matrix.add(new Expectation("list", c, x -> x.get("/api/risk/suppliers"), 200));
    }
    matrix.add(
        new Expectation("one", gina, x -> x.get("/api/risk/suppliers/acme-components"), 200));
    matrix.add(
        new Expectation(
            "history", gina, x -> x.get("/api/risk/suppliers/acme-components/history"), 200));
    // ncsa's supplier is no supplier of cyber-standards-board's: not found, like an unknown one
    matrix.add(new Expectation("one", sam, x -> x.get("/api/risk/suppliers/acme-components"), 404));
    matrix.add(
        new Expectation(
            "history", sam, x -> x.get("/api/risk/suppliers/acme-components/history"), 404));
    matrix.add(
        new Expectation("one", gina, x -> x.get("/api/risk/suppliers/no-such-org-zz9"), 404));
    matrix.add(new Expectation("one", gina, x -> x.get("/api/risk/suppliers/NOT%20AN%20ID"), 404));
    // writes take org-admin or analyst
    matrix.add(
        new Expectation(
            "declare",
            adam,
            x -> x.postJson("/api/risk/suppliers", Map.of("organization", "ncsa")),
            403));
    matrix.add(new Expectation("remove", adam, x -> x.delete("/api/risk/suppliers/ncsa"), 403));
    matrix.add(
        new Expectation(
            "baseline", adam, x -> x.putJson("/api/risk/baseline", choice(null, null)), 403));
    matrix.add(
        new Expectation(
            "declare",
            sam,
            x -> x.postJson("/api/risk/suppliers", Map.of("organization", "no-such-org-zz9")),
            404));
    matrix.add(
        new Expectation(
            "declare",
            sam,
            x -> x.postJson("/api/risk/suppliers", Map.of("organization", "cyber-standards-board")),
            400));
    matrix.add(
        new Expectation("declare", sam, x -> x.postJson("/api/risk/suppliers", Map.of()), 400));
    matrix.add(
        new Expectation("remove", sam, x -> x.delete("/api/risk/suppliers/acme-components"), 404));
    matrix.add(
        new Expectation(
            "baseline",
            sam,
            x -> x.putJson("/api/risk/baseline", choice(Long.MAX_VALUE, null)),
            404));
    matrix.add(
        new Expectation(
            "baseline",
            gina,
            x -> x.putJson("/api/risk/baseline", choice(null, "acme-components")),
            200));

    List<Executable> checks = new ArrayList<>();
    for (Expectation e : matrix) {
      checks.add(
          () -> {
            RawApi.Reply reply = e.call().apply(e.caller());
            assertEquals(
                e.status(), reply.status(), e.what() + " as " + e.caller().name() + ": " + reply);
          });
    }
    assertAll(checks);

    // a supplier of another organization reads exactly like an unknown one
    RawApi.Reply other = sam.get("/api/risk/suppliers/acme-components");
    RawApi.Reply unknown = sam.get("/api/risk/suppliers/no-such-org-zz9");
    assertEquals(
        unknown.json().path("detail").asText(),
        other.json().path("detail").asText(),
        other + " vs " + unknown);

    assertEquals(204, gina.delete("/api/risk/suppliers/acme-components").status());
    assertEquals(
        404, gina.delete("/api/risk/suppliers/acme-components").status(), "removed already");
  }
}
