package org.scrmportal.it.federation;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scrmportal.it.federation.FederationFixtures.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.scrmportal.it.federation.FederationFixtures.Caller;
import org.scrmportal.it.federation.FederationFixtures.Federation;
import org.scrmportal.it.federation.FederationFixtures.Reply;
import org.scrmportal.it.support.Deployments;

/**
 * Black-box, every endpoint of issue 11 x every kind of caller, with real Keycloak tokens: nobody
 * (401), each demo person (alice submitter and org admin, adam submitter, nora org admin, gina
 * analyst, sam standards editor and org admin, olivia and oscar operators, victor with no
 * organization and no role) and machine clients (an organization's, and the operators' own whose
 * service account holds the operator role). Federations and onboarding are for operators, and
 * decisions for operators who are people; machine clients for org admins (their organization's
 * clients only: another's reads like a missing one) and operators (list and revoke). Every refusal
 * is RFC 9457 problem details.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FederationAccessIT {

  private static final String OPS_MACHINE = "portal-operations-machine";
  private static final String ACME_MACHINE = "acme-components-machine";

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return Deployments.portal();
  }

  private record Expectation(
      String what, Caller caller, Function<Caller, Reply> call, int status) {}

  /** Every caller but the operators, each with the status it gets on an operator's endpoint. */
  private static Map<Caller, Integer> nonOperators() {
    Map<Caller, Integer> callers = new LinkedHashMap<>();
    callers.put(Caller.anonymous(), 401);
    for (String user : List.of("alice", "adam", "nora", "gina", "sam", "victor")) {
      callers.put(Caller.user(user), 403);
    }
    callers.put(Caller.machine(ACME_MACHINE), 403);
    return callers;
  }

  private static void check(List<Expectation> expectations) {
    List<Executable> checks = new ArrayList<>();
    for (Expectation e : expectations) {
      Reply reply = e.call().apply(e.caller());
      String what = e.caller().name() + " " + e.what();
      if (e.status() >= 400) {
        checks.add(() -> assertProblem(reply, e.status(), what));
      } else {
        checks.add(() -> assertEquals(e.status(), reply.status(), what + ": " + reply));
      }
    }
    assertAll(checks);
  }

  @Test
  @DisplayName("federations: operators read and register, everyone else is refused")
  void federations() {
    Caller olivia = Caller.user("olivia");
    Caller oscar = Caller.user("oscar");
    Caller opsMachine = Caller.machine(OPS_MACHINE);
    String s = FederationFixtures.suffix();
    Federation federation = Federation.create("access-" + s, "idp-" + s + ".example.org");
    Reply registered = olivia.post("/api/federations", federation.registration());
    assertEquals(201, registered.status(), registered::toString);
    String id = registered.json().path("id").asText();
    String missing = UUID.randomUUID().toString();

    List<Expectation> matrix = new ArrayList<>();
    for (Map.Entry<Caller, Integer> c : nonOperators().entrySet()) {
      int refused = c.getValue();
      String n = FederationFixtures.suffix();
      matrix.add(
          new Expectation("GET federations", c.getKey(), x -> x.get("/api/federations"), refused));
      matrix.add(
          new Expectation(
              "GET federation", c.getKey(), x -> x.get("/api/federations/" + id), refused));
      matrix.add(
          new Expectation(
              "GET missing federation",
              c.getKey(),
              x -> x.get("/api/federations/" + missing),
              refused));
      matrix.add(
          new Expectation(
              "GET identity providers",
              c.getKey(),
              x -> x.get("/api/federations/" + id + "/identity-providers"),
              refused));
      matrix.add(
          new Expectation(
              "POST federations",
              c.getKey(),
              x ->
                  x.post(
                      "/api/federations",
                      Federation.create("refused-" + n, "idp-" + n + ".example.org")
                          .registration()),
              refused));
      matrix.add(
          new Expectation(
              "POST refresh",
              c.getKey(),
              x -> x.post("/api/federations/" + id + "/refresh", null),
              refused));
      matrix.add(
          new Expectation(
              "PUT metadata",
              c.getKey(),
              x ->
                  x.put(
                      "/api/federations/" + id + "/metadata",
                      "application/samlmetadata+xml",
                      federation.signedAggregate()),
              refused));
    }
    for (Caller operator : List.of(olivia, oscar, opsMachine)) {
      matrix.add(new Expectation("GET federations", operator, x -> x.get("/api/federations"), 200));
      matrix.add(
          new Expectation("GET federation", operator, x -> x.get("/api/federations/" + id), 200));
      matrix.add(
          new Expectation(
              "GET missing federation", operator, x -> x.get("/api/federations/" + missing), 404));
      matrix.add(
          new Expectation(
              "GET identity providers",
              operator,
              x -> x.get("/api/federations/" + id + "/identity-providers"),
              200));
      matrix.add(
          new Expectation(
              "GET identity providers of a missing federation",
              operator,
              x -> x.get("/api/federations/" + missing + "/identity-providers"),
              404));
      // registered by upload: there is no address to fetch again
      matrix.add(
          new Expectation(
              "POST refresh (uploaded)",
              operator,
              x -> x.post("/api/federations/" + id + "/refresh", null),
              409));
      matrix.add(
          new Expectation(
              "PUT metadata",
              operator,
              x ->
                  x.put(
                      "/api/federations/" + id + "/metadata",
                      "application/samlmetadata+xml",
                      federation.signedAggregate()),
              200));
      matrix.add(
          new Expectation(
              "PUT metadata of a missing federation",
              operator,
              x ->
                  x.put(
                      "/api/federations/" + missing + "/metadata",
                      "application/xml",
                      federation.signedAggregate()),
              404));
    }
    for (Caller operator : List.of(oscar, opsMachine)) {
      String n = FederationFixtures.suffix();
      matrix.add(
          new Expectation(
              "POST federations",
              operator,
              x ->
                  x.post(
                      "/api/federations",
                      Federation.create("by-" + n, "idp-" + n + ".example.org").registration()),
              201));
    }
    check(matrix);

    JsonNode shown = olivia.get("/api/federations/" + id).json();
    assertEquals(federation.name(), shown.path("name").asText());
    assertEquals(1, shown.path("identityProviders").asInt(), shown::toString);
    JsonNode listed = olivia.get("/api/federations/" + id + "/identity-providers").json();
    assertEquals(1, listed.size(), listed::toString);
    assertEquals(
        FederationFixtures.entityId("idp-" + s + ".example.org"),
        listed.get(0).path("entityId").asText());
    assertEquals(
        FederationFixtures.REGISTRAR, listed.get(0).path("registrationAuthority").asText());
    for (JsonNode f : olivia.get("/api/federations").json()) {
      assertFalse(
          f.path("name").asText().startsWith("refused-"),
          "nothing a refused caller sent was registered: " + f);
    }
  }

  @Test
  @DisplayName("onboarding: operators propose, a second operator who is a person decides")
  void onboarding() {
    Caller olivia = Caller.user("olivia");
    Caller oscar = Caller.user("oscar");
    Caller opsMachine = Caller.machine(OPS_MACHINE);
    Map<Caller, Integer> others = nonOperators();
    String s = FederationFixtures.suffix();
    List<String> hosts = new ArrayList<>();
    for (int i = 0; i < others.size() + 4; i++) {
      hosts.add("idp" + i + "-" + s + ".example.org");
    }
    Federation federation = Federation.create("onboarding-" + s, hosts.toArray(String[]::new));
    Reply registered = olivia.post("/api/federations", federation.registration());
    assertEquals(201, registered.status(), registered::toString);
    String fid = registered.json().path("id").asText();
    Reply proposed =
        olivia.post(
            "/api/onboarding",
            FederationFixtures.samlProposal(
                fid, FederationFixtures.entityId(hosts.get(0)), "acc0-" + s));
    assertEquals(201, proposed.status(), proposed::toString);
    String pid = proposed.json().path("id").asText();
    String missing = UUID.randomUUID().toString();

    List<Expectation> matrix = new ArrayList<>();
    int host = 1;
    for (Map.Entry<Caller, Integer> c : others.entrySet()) {
      int refused = c.getValue();
      String entity = FederationFixtures.entityId(hosts.get(host));
      String org = "acc" + host++ + "-" + s;
      matrix.add(
          new Expectation(
              "POST onboarding",
              c.getKey(),
              x -> x.post("/api/onboarding", FederationFixtures.samlProposal(fid, entity, org)),
              refused));
      matrix.add(
          new Expectation("GET onboarding", c.getKey(), x -> x.get("/api/onboarding"), refused));
      matrix.add(
          new Expectation(
              "GET onboarding?status=APPROVED",
              c.getKey(),
              x -> x.get("/api/onboarding?status=APPROVED"),
              refused));
      matrix.add(
          new Expectation(
              "GET proposal", c.getKey(), x -> x.get("/api/onboarding/" + pid), refused));
      matrix.add(
          new Expectation(
              "POST approve",
              c.getKey(),
              x -> x.post("/api/onboarding/" + pid + "/approve", null),
              refused));
      matrix.add(
          new Expectation(
              "POST reject",
              c.getKey(),
              x -> x.post("/api/onboarding/" + pid + "/reject", null),
              refused));
    }
    for (Caller operator : List.of(olivia, oscar, opsMachine)) {
      matrix.add(new Expectation("GET onboarding", operator, x -> x.get("/api/onboarding"), 200));
      matrix.add(
          new Expectation(
              "GET onboarding?status=REJECTED",
              operator,
              x -> x.get("/api/onboarding?status=REJECTED"),
              200));
      matrix.add(
          new Expectation(
              "GET onboarding?status=nonsense",
              operator,
              x -> x.get("/api/onboarding?status=nonsense"),
              400));
      matrix.add(
          new Expectation("GET proposal", operator, x -> x.get("/api/onboarding/" + pid), 200));
      matrix.add(
          new Expectation(
              "GET missing proposal", operator, x -> x.get("/api/onboarding/" + missing), 404));
      matrix.add(
          new Expectation(
              "POST approve of a missing proposal",
              operator,
              x -> x.post("/api/onboarding/" + missing + "/approve", null),
              404));
    }
    // four eyes: neither the proposer nor a machine client decides
    matrix.add(
        new Expectation(
            "POST approve (own proposal)",
            olivia,
            x -> x.post("/api/onboarding/" + pid + "/approve", null),
            403));
    matrix.add(
        new Expectation(
            "POST reject (own proposal)",
            olivia,
            x -> x.post("/api/onboarding/" + pid + "/reject", null),
            403));
    matrix.add(
        new Expectation(
            "POST approve (machine client)",
            opsMachine,
            x -> x.post("/api/onboarding/" + pid + "/approve", null),
            403));
    matrix.add(
        new Expectation(
            "POST reject (machine client)",
            opsMachine,
            x -> x.post("/api/onboarding/" + pid + "/reject", null),
            403));
    String byMachine = "acc" + host++ + "-" + s;
    String machineEntity = FederationFixtures.entityId(hosts.get(host - 1));
    matrix.add(
        new Expectation(
            "POST onboarding (machine client)",
            opsMachine,
            x ->
                x.post(
                    "/api/onboarding",
                    FederationFixtures.samlProposal(fid, machineEntity, byMachine)),
            403));
    String byOscar = "acc" + host++ + "-" + s;
    String oscarEntity = FederationFixtures.entityId(hosts.get(host - 1));
    matrix.add(
        new Expectation(
            "POST onboarding",
            oscar,
            x ->
                x.post(
                    "/api/onboarding", FederationFixtures.samlProposal(fid, oscarEntity, byOscar)),
            201));
    matrix.add(
        new Expectation(
            "POST onboarding of an entity the federation does not list",
            oscar,
            x ->
                x.post(
                    "/api/onboarding",
                    FederationFixtures.samlProposal(
                        fid, "https://unlisted-" + s + ".example.org/idp", "unl-" + s)),
            404));
    check(matrix);

    assertEquals("PENDING", oscar.get("/api/onboarding/" + pid).json().path("status").asText());
    Reply rejected = oscar.post("/api/onboarding/" + pid + "/reject", null);
    assertEquals(200, rejected.status(), rejected::toString);
    assertEquals("REJECTED", rejected.json().path("status").asText());
    assertEquals("olivia", rejected.json().path("proposedBy").asText());
    assertEquals("oscar", rejected.json().path("decidedBy").asText());
    assertProblem(oscar.post("/api/onboarding/" + pid + "/approve", null), 409, "decided already");

    for (JsonNode p : oscar.get("/api/onboarding").json()) {
      assertFalse(
          p.path("organization").path("id").asText().endsWith("-" + s)
              && !p.path("proposedBy").asText().equals("oscar"),
          "only the operators' proposals were recorded: " + p);
    }
  }

  @Test
  @DisplayName("machine clients: org admins manage their own, operators list and revoke")
  void machineClients() {
    Caller alice = Caller.user("alice"); // org admin of acme-components
    Caller nora = Caller.user("nora"); // org admin of northgrid-energy
    Caller sam = Caller.user("sam"); // org admin of cyber-standards-board
    Caller olivia = Caller.user("olivia");
    Caller opsMachine = Caller.machine(OPS_MACHINE);
    String s = FederationFixtures.suffix();
    Reply created =
        alice.post(
            "/api/machine-clients", Map.of("name", "acc-" + s, "roles", List.of("consumer")));
    assertEquals(201, created.status(), created::toString);
    String clientId = created.json().path("clientId").asText();
    assertEquals("acme-components-acc-" + s, clientId);
    assertFalse(created.json().path("secret").asText().isBlank(), created::toString);
    assertTrue(created.cacheControl().contains("no-store"), "a secret is never cached");

    List<Expectation> matrix = new ArrayList<>();
    Map<Caller, Integer> refusedOutright = new LinkedHashMap<>();
    refusedOutright.put(Caller.anonymous(), 401);
    for (String user : List.of("adam", "gina", "victor")) {
      refusedOutright.put(Caller.user(user), 403);
    }
    refusedOutright.put(Caller.machine(ACME_MACHINE), 403);
    for (Map.Entry<Caller, Integer> c : refusedOutright.entrySet()) {
      int refused = c.getValue();
      matrix.add(
          new Expectation(
              "GET machine clients", c.getKey(), x -> x.get("/api/machine-clients"), refused));
      matrix.add(
          new Expectation(
              "POST machine clients",
              c.getKey(),
              x ->
                  x.post(
                      "/api/machine-clients",
                      Map.of("name", "no-" + FederationFixtures.suffix(), "roles", List.of())),
              refused));
      matrix.add(
          new Expectation(
              "POST secret",
              c.getKey(),
              x -> x.post("/api/machine-clients/" + clientId + "/secret", null),
              refused));
      matrix.add(
          new Expectation(
              "DELETE client",
              c.getKey(),
              x -> x.delete("/api/machine-clients/" + clientId),
              refused));
    }
    // org admins of other organizations: their own list, and alice's client reads like none
    for (Caller admin : List.of(nora, sam)) {
      matrix.add(
          new Expectation("GET machine clients", admin, x -> x.get("/api/machine-clients"), 200));
      matrix.add(
          new Expectation(
              "POST secret of another organization's client",
              admin,
              x -> x.post("/api/machine-clients/" + clientId + "/secret", null),
              404));
      matrix.add(
          new Expectation(
              "DELETE another organization's client",
              admin,
              x -> x.delete("/api/machine-clients/" + clientId),
              404));
    }
    matrix.add(
        new Expectation(
            "POST machine clients",
            nora,
            x ->
                x.post(
                    "/api/machine-clients",
                    Map.of("name", "acc-" + s, "roles", List.of("consumer", "submitter"))),
            201));
    matrix.add(
        new Expectation("GET machine clients", olivia, x -> x.get("/api/machine-clients"), 200));
    matrix.add(
        new Expectation(
            "POST machine clients (an operator is no org admin)",
            olivia,
            x ->
                x.post(
                    "/api/machine-clients",
                    Map.of("name", "ops-" + s, "roles", List.of("consumer"))),
            403));
    matrix.add(
        new Expectation(
            "POST secret of a missing client",
            alice,
            x -> x.post("/api/machine-clients/acme-components-none-" + s + "/secret", null),
            404));
    matrix.add(
        new Expectation(
            "POST machine clients with a role beyond consumer and submitter",
            alice,
            x ->
                x.post(
                    "/api/machine-clients",
                    Map.of("name", "op-" + s, "roles", List.of("operator"))),
            400));
    matrix.add(
        new Expectation(
            "DELETE client (machine client)",
            opsMachine,
            x -> x.delete("/api/machine-clients/" + clientId),
            403));
    check(matrix);

    Reply norasRevoked = nora.delete("/api/machine-clients/northgrid-energy-acc-" + s);
    assertEquals(204, norasRevoked.status(), "nora revokes her own: " + norasRevoked);

    Reply rotated = alice.post("/api/machine-clients/" + clientId + "/secret", null);
    assertEquals(200, rotated.status(), rotated::toString);
    assertEquals(clientId, rotated.json().path("clientId").asText());
    assertFalse(
        rotated.json().path("secret").asText().equals(created.json().path("secret").asText()),
        "a new secret");
    assertTrue(rotated.cacheControl().contains("no-store"));
    Reply list = alice.get("/api/machine-clients");
    assertTrue(list.text().contains(clientId), list::toString);
    assertFalse(
        list.text().contains(rotated.json().path("secret").asText()), "secrets are not listed");

    Reply revoked = olivia.delete("/api/machine-clients/" + clientId);
    assertEquals(204, revoked.status(), revoked::toString);
    for (JsonNode c : alice.get("/api/machine-clients").json()) {
      if (c.path("clientId").asText().equals(clientId)) {
        assertTrue(c.path("revokedAt").isTextual(), "revoked: " + c);
      }
    }
  }

  @Test
  @DisplayName("refusals are problem details: 422 with errors, 400 naming the field")
  void refusalsAreProblemDetails() {
    Caller olivia = Caller.user("olivia");
    String s = FederationFixtures.suffix();
    Federation federation = Federation.create("refusals-" + s, "idp-" + s + ".example.org");
    Map<String, Object> tampered = new LinkedHashMap<>(federation.registration());
    tampered.put(
        "metadata",
        ((String) tampered.get("metadata"))
            .replace("Organization of idp-" + s, "Organisation of idp-" + s));
    Reply refused = olivia.post("/api/federations", tampered);
    assertProblem(refused, 422, "a tampered aggregate");
    assertTrue(refused.json().path("errors").isArray(), refused::toString);
    assertFalse(refused.json().path("errors").isEmpty(), "every problem listed: " + refused);
    assertTrue(
        olivia.get("/api/federations").json().findValuesAsText("name").stream()
            .noneMatch(n -> n.equals(federation.name())),
        "nothing stored from a refused aggregate");

    Reply registered = olivia.post("/api/federations", federation.registration());
    assertEquals(201, registered.status(), registered::toString);
    String id = registered.json().path("id").asText();
    assertTrue(
        registered.json().path("cacheDuration").asText().startsWith("PT"),
        "ISO-8601: " + registered);
    assertProblem(
        olivia.put(
            "/api/federations/" + id + "/metadata",
            "application/xml",
            "<md:EntitiesDescriptor/>".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        422,
        "an unsigned aggregate");
    assertEquals(
        1,
        olivia.get("/api/federations/" + id).json().path("identityProviders").asInt(),
        "the last good listing stays");

    Reply notJson =
        olivia.send(
            "POST",
            "/api/federations",
            "application/json",
            "{\"name\":".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertProblem(notJson, 400, "a body that is not JSON");
    Reply noCertificate =
        olivia.post(
            "/api/federations", Map.of("name", "x-" + s, "metadataUrl", "https://fed.example/"));
    assertProblem(noCertificate, 400, "no certificate");
    assertTrue(noCertificate.json().path("detail").asText().contains("certificate"));

    Map<String, Object> noOrganization =
        new LinkedHashMap<>(
            FederationFixtures.samlProposal(
                id, FederationFixtures.entityId("idp-" + s + ".example.org"), "x-" + s));
    noOrganization.remove("organization");
    Reply proposal = olivia.post("/api/onboarding", noOrganization);
    assertProblem(proposal, 400, "a proposal without its organization");
    assertTrue(
        proposal.json().path("detail").asText().contains("organization"), proposal::toString);

    Reply badName =
        Caller.user("alice")
            .post("/api/machine-clients", Map.of("name", "Bad_Name!", "roles", List.of()));
    assertProblem(badName, 400, "a malformed client name");
  }
}
