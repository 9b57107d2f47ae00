package org.scrmportal.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.scrmportal.it.support.Deployments;
import org.scrmportal.it.support.TestServers;
import org.scrmportal.it.support.Tokens;

/**
 * Black-box: the portal API over HTTP with real tokens from the real Keycloak. For every endpoint,
 * no token is 401, a wrong role 403, the right role 200; expired, tampered and foreign-signed
 * tokens are 401; every error is RFC 9457 problem details.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiAccessIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return Deployments.portal();
  }

  /** Who calls: a demo person, a machine client, or nobody. */
  private record Caller(String name, String token) {
    static Caller user(String username) {
      return new Caller(username, Tokens.forUser(username));
    }

    static Caller machine(String clientId) {
      return new Caller(clientId, Tokens.forMachine(clientId));
    }
  }

  private record Expectation(String path, Caller caller, int status) {}

  @Test
  void everyEndpointAnswersEveryCallerAsThePolicySays() throws Exception {
    Caller nobody = new Caller("no token", null);
    Caller alice = Caller.user("alice"); // company: submitter, consumer, org-admin
    Caller adam = Caller.user("adam"); // company: submitter
    Caller gina = Caller.user("gina"); // agency: consumer, analyst
    Caller sam = Caller.user("sam"); // standards body: standards-editor, org-admin
    Caller olivia = Caller.user("olivia"); // portal operator
    Caller victor = Caller.user("victor"); // no organization, no role
    Caller acmeMachine = Caller.machine("acme-components-machine");
    Caller opsMachine = Caller.machine("portal-operations-machine");

    List<Expectation> matrix =
        List.of(
            new Expectation("/api/me", nobody, 401),
            new Expectation("/api/me", victor, 403),
            new Expectation("/api/me", alice, 200),
            new Expectation("/api/me", adam, 200),
            new Expectation("/api/me", gina, 200),
            new Expectation("/api/me", sam, 200),
            new Expectation("/api/me", olivia, 200),
            new Expectation("/api/me", acmeMachine, 200),
            new Expectation("/api/me", opsMachine, 200),
            new Expectation("/api/organizations", nobody, 401),
            new Expectation("/api/organizations", victor, 403),
            new Expectation("/api/organizations", alice, 403),
            new Expectation("/api/organizations", adam, 403),
            new Expectation("/api/organizations", gina, 403),
            new Expectation("/api/organizations", sam, 403),
            new Expectation("/api/organizations", acmeMachine, 403),
            new Expectation("/api/organizations", olivia, 200),
            new Expectation("/api/organizations", opsMachine, 200),
            new Expectation("/api/organizations/mine", nobody, 401),
            new Expectation("/api/organizations/mine", victor, 404),
            new Expectation("/api/organizations/mine", alice, 200),
            new Expectation("/api/organizations/mine", acmeMachine, 200),
            new Expectation("/api/organizations/mine", olivia, 200),
            new Expectation("/api/vetting/proposals", nobody, 401),
            new Expectation("/api/vetting/proposals", victor, 403),
            new Expectation("/api/vetting/proposals", alice, 403),
            new Expectation("/api/vetting/proposals", gina, 403),
            new Expectation("/api/vetting/proposals", sam, 403),
            new Expectation("/api/vetting/proposals", acmeMachine, 403),
            new Expectation("/api/vetting/proposals", olivia, 200),
            new Expectation("/api/vetting/proposals", opsMachine, 200),
            new Expectation("/api/alerts", nobody, 401),
            new Expectation("/api/alerts", victor, 200),
            new Expectation("/api/alerts", alice, 200),
            new Expectation("/api/alerts", gina, 200),
            new Expectation("/api/alerts", olivia, 200),
            new Expectation("/api/alerts", acmeMachine, 200),
            new Expectation("/api/communities", nobody, 401),
            new Expectation("/api/communities", alice, 200),
            new Expectation("/api/communities", sam, 200),
            new Expectation("/api/communities", olivia, 200),
            // the shared collection: anyone signed in reads it, each object under its marking
            new Expectation("/api/stix/export?limit=1", nobody, 401),
            new Expectation("/api/stix/export?limit=1", victor, 200),
            new Expectation("/api/stix/export?limit=1", alice, 200),
            new Expectation("/api/stix/export?limit=1", gina, 200),
            new Expectation("/api/stix/export?limit=1", sam, 200),
            new Expectation("/api/stix/export?limit=1", olivia, 200),
            new Expectation("/api/stix/export?limit=1", acmeMachine, 200),
            new Expectation("/api/stix/export?collection=no-such-collection", alice, 404),
            new Expectation("/api/stix/export?limit=0", alice, 400),
            // a status is only for the organization that submitted it; others learn nothing
            new Expectation("/api/stix/status/" + UUID.randomUUID(), nobody, 401),
            new Expectation("/api/stix/status/" + UUID.randomUUID(), alice, 404),
            new Expectation("/api/stix/status/" + UUID.randomUUID(), olivia, 404),
            // CSAF advisories (issue 9): listed for anyone, TLP:CLEAR ones also without a token
            new Expectation("/api/csaf/advisories", nobody, 200),
            new Expectation("/api/csaf/advisories", victor, 200),
            new Expectation("/api/csaf/advisories", alice, 200),
            new Expectation("/api/csaf/advisories", gina, 200),
            new Expectation("/api/csaf/advisories", olivia, 200),
            new Expectation("/api/csaf/advisories", acmeMachine, 200),
            new Expectation("/api/csaf/advisories?limit=0", alice, 400),
            new Expectation("/api/csaf/advisories/999999999", nobody, 404),
            new Expectation("/api/csaf/advisories/999999999", alice, 404),
            new Expectation("/api/csaf/advisories/999999999/verdict", olivia, 404),
            new Expectation("/api/csaf/namespaces", nobody, 401),
            new Expectation("/api/csaf/namespaces", alice, 200),
            new Expectation("/api/csaf/namespaces", olivia, 200),
            new Expectation("/api/csaf/batches/" + UUID.randomUUID(), nobody, 401),
            new Expectation("/api/csaf/batches/" + UUID.randomUUID(), alice, 404),
            new Expectation("/api/csaf/batches/" + UUID.randomUUID(), olivia, 404),
            // OSCAL baselines (issue 10): read like CSAF advisories; publishing in BaselineAccessIT
            new Expectation("/api/baselines", nobody, 200),
            new Expectation("/api/baselines", alice, 200),
            new Expectation("/api/baselines", sam, 200),
            new Expectation("/api/baselines", olivia, 200),
            new Expectation("/api/baselines/controls?q=supply", nobody, 200),
            new Expectation("/api/baselines/controls?q=supply&limit=0", alice, 400),
            new Expectation("/api/baselines/999999999", nobody, 404),
            new Expectation("/api/baselines/999999999/controls", gina, 404),
            new Expectation("/api/baselines/999999999/content", sam, 404),
            // federations and onboarding (issue 11): operators only; FederationAccessIT does the
            // rest
            new Expectation("/api/federations", nobody, 401),
            new Expectation("/api/federations", victor, 403),
            new Expectation("/api/federations", alice, 403),
            new Expectation("/api/federations", gina, 403),
            new Expectation("/api/federations", sam, 403),
            new Expectation("/api/federations", acmeMachine, 403),
            new Expectation("/api/federations", olivia, 200),
            new Expectation("/api/federations", opsMachine, 200),
            new Expectation("/api/federations/" + UUID.randomUUID(), alice, 403),
            new Expectation("/api/federations/" + UUID.randomUUID(), olivia, 404),
            new Expectation("/api/onboarding", nobody, 401),
            new Expectation("/api/onboarding", victor, 403),
            new Expectation("/api/onboarding", alice, 403),
            new Expectation("/api/onboarding", gina, 403),
            new Expectation("/api/onboarding", sam, 403),
            new Expectation("/api/onboarding", acmeMachine, 403),
            new Expectation("/api/onboarding", olivia, 200),
            new Expectation("/api/onboarding", opsMachine, 200),
            new Expectation("/api/onboarding/" + UUID.randomUUID(), olivia, 404),
            // machine clients: org admins (their organization's) and operators
            new Expectation("/api/machine-clients", nobody, 401),
            new Expectation("/api/machine-clients", victor, 403),
            new Expectation("/api/machine-clients", adam, 403),
            new Expectation("/api/machine-clients", gina, 403),
            new Expectation("/api/machine-clients", acmeMachine, 403),
            new Expectation("/api/machine-clients", alice, 200),
            new Expectation("/api/machine-clients", sam, 200),
            new Expectation("/api/machine-clients", olivia, 200));

    List<Executable> checks = new ArrayList<>();
    for (Expectation e : matrix) {
      HttpResponse<String> response = get(e.path(), e.caller().token());
      checks.add(
          () ->
              assertEquals(
                  e.status(),
                  response.statusCode(),
                  e.caller().name() + " GET " + e.path() + ": " + response.body()));
      if (e.status() >= 400) {
        checks.add(() -> assertProblem(response, e.status()));
      }
    }
    assertAll(checks);
  }

  @Test
  void uploadingStixTakesASubmittingRoleAndAMemberOrganization() throws Exception {
    String bundle =
        "{\"type\":\"bundle\",\"id\":\"bundle--"
            + UUID.randomUUID()
            + "\",\"objects\":[{\"type\":\"indicator\",\"spec_version\":\"2.1\","
            + "\"id\":\"indicator--"
            + UUID.randomUUID()
            + "\",\"created\":\"2024-01-02T03:04:05.000Z\","
            + "\"modified\":\"2024-01-02T03:04:05.000Z\","
            + "\"pattern\":\"[ipv4-addr:value = '10.9.8.7']\",\"pattern_type\":\"stix\","
            + "\"valid_from\":\"2024-01-02T03:04:05Z\"}]}";
    Map<String, Integer> expected = new LinkedHashMap<>();
    expected.put("alice", 202); // submitter
    expected.put("gina", 202); // analyst
    expected.put("sam", 403); // standards editor and org admin: no submitting role
    expected.put("victor", 403); // no organization, no role
    expected.put("olivia", 403); // operator
    List<Executable> checks = new ArrayList<>();
    for (Map.Entry<String, Integer> e : expected.entrySet()) {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(TestServers.PORTAL.resolve("/api/stix/bundles?tlp=CLEAR"))
                  .header("Authorization", "Bearer " + Tokens.forUser(e.getKey()))
                  .header("Content-Type", "application/stix+json;version=2.1")
                  .POST(HttpRequest.BodyPublishers.ofString(bundle))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      checks.add(
          () ->
              assertEquals(
                  e.getValue(),
                  response.statusCode(),
                  e.getKey() + " POST /api/stix/bundles: " + response.body()));
      if (e.getValue() >= 400) {
        checks.add(() -> assertProblem(response, e.getValue()));
      }
    }
    assertAll(checks);
  }

  @Test
  void meDescribesTheCallerFromItsToken() throws Exception {
    JsonNode me = JSON.readTree(get("/api/me", Tokens.forUser("gina")).body());

    assertEquals("gina", me.get("username").asText());
    assertEquals("Gina Martin", me.get("displayName").asText());
    assertEquals("ncsa", me.at("/organization/id").asText());
    assertEquals("agency", me.at("/organization/type").asText());
    assertEquals("T3", me.at("/organization/tier").asText());
    assertEquals("FR", me.at("/organization/country").asText());
    assertEquals(List.of("analyst", "consumer"), JSON.convertValue(me.get("roles"), List.class));
  }

  @Test
  void aMachineClientReachesMeWithItsOrganization() throws Exception {
    HttpResponse<String> response = get("/api/me", Tokens.forMachine("northgrid-energy-machine"));

    assertEquals(200, response.statusCode(), response.body());
    JsonNode me = JSON.readTree(response.body());
    assertEquals("service-account-northgrid-energy-machine", me.get("username").asText());
    assertEquals("northgrid-energy", me.at("/organization/id").asText());
  }

  @Test
  void anOrganizationSeenInATokenIsRegisteredJustInTime() throws Exception {
    get("/api/me", Tokens.forUser("sam"));

    JsonNode organizations =
        JSON.readTree(get("/api/organizations", Tokens.forUser("oscar")).body());
    JsonNode board = null;
    for (JsonNode o : organizations) {
      if (o.get("id").asText().equals("cyber-standards-board")) {
        board = o;
      }
    }
    assertTrue(board != null, "the standards board is listed: " + organizations);
    assertEquals("Cyber Standards Board", board.get("name").asText());
    assertEquals("standards-body", board.get("type").asText());
    assertEquals("CH", board.get("country").asText());
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    String token = Tokens.shortLivedForUser("alice");
    long expiresAt = Tokens.payload(token).get("exp").asLong();
    assertEquals(200, get("/api/me", token).statusCode(), "valid before it expires");

    long wait = expiresAt * 1000 - System.currentTimeMillis() + 1500;
    Thread.sleep(Math.max(wait, 0));

    HttpResponse<String> response = get("/api/me", token);
    assertEquals(401, response.statusCode(), response.body());
    assertProblem(response, 401);
  }

  @Test
  void aTamperedTokenIsRefused() throws Exception {
    String[] parts = Tokens.forUser("alice").split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"roles\":[", "\"roles\":[\"operator\",");
    String forged = parts[0] + "." + b64(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

    assertEquals(401, get("/api/organizations", forged).statusCode());
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
    String[] parts = Tokens.forUser("olivia").split("\\.");
    var keys = KeyPairGenerator.getInstance("RSA");
    keys.initialize(2048);
    Signature rs256 = Signature.getInstance("SHA256withRSA");
    rs256.initSign(keys.generateKeyPair().getPrivate());
    rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    String foreign = parts[0] + "." + parts[1] + "." + b64(rs256.sign());

    assertEquals(401, get("/api/organizations", foreign).statusCode());
  }

  @Test
  void garbageIsRefused() throws Exception {
    assertEquals(401, get("/api/me", "not-a-jwt").statusCode());
  }

  private static void assertProblem(HttpResponse<String> response, int status) throws Exception {
    assertEquals(
        "application/problem+json",
        response.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", ""),
        "problem details for " + status);
    JsonNode problem = JSON.readTree(response.body());
    assertEquals(status, problem.get("status").asInt());
    assertTrue(problem.hasNonNull("title") && problem.hasNonNull("detail"), response.body());
  }

  private static HttpResponse<String> get(String path, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(TestServers.PORTAL.resolve(path)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
