package org.scrmportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scrmportal.it.support.Deployments;
import org.scrmportal.it.support.TestServers;
import org.scrmportal.it.support.Tokens;
import org.scrmportal.launcher.DemoAccounts;

/**
 * Black-box: HTTP Basic with a machine client's id and secret (TAXII 2.1 section 1.6.9) on the
 * machine interfaces is the same as the bearer token the client would get with the
 * client-credentials grant from the real Keycloak; anything else in Basic is 401, a flood of it is
 * 429 before long, and pages never take Basic.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BasicAuthIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ACME = "acme-components-machine";

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return Deployments.portal();
  }

  @Test
  void aMachineClientInBasicIsItsOrganizationAsWithItsToken() throws Exception {
    HttpResponse<String> withToken = get("/api/me", "Bearer " + Tokens.forMachine(ACME));
    HttpResponse<String> withBasic = get("/api/me", basic(ACME, ACME + "-secret"));
    HttpResponse<String> again = get("/api/me", basic(ACME, ACME + "-secret"));

    assertEquals(200, withToken.statusCode(), withToken.body());
    assertEquals(200, withBasic.statusCode(), withBasic.body());
    assertEquals(200, again.statusCode(), "the cached token: " + again.body());
    JsonNode me = JSON.readTree(withBasic.body());
    assertEquals(JSON.readTree(withToken.body()), me);
    assertEquals(JSON.readTree(withToken.body()), JSON.readTree(again.body()));
    assertEquals("service-account-" + ACME, me.get("username").asText());
    assertEquals("acme-components", me.at("/organization/id").asText());
  }

  @Test
  void rolesComeFromTheClientsToken() throws Exception {
    String ops = "portal-operations-machine";
    assertEquals(200, get("/api/organizations", basic(ops, ops + "-secret")).statusCode());
    assertEquals(403, get("/api/organizations", basic(ACME, ACME + "-secret")).statusCode());
  }

  @Test
  void aWrongSecretIs401() throws Exception {
    assertUnauthorized(get("/api/me", basic(ACME, "not-the-secret")));
  }

  @Test
  void anUnknownClientIs401() throws Exception {
    assertUnauthorized(get("/api/me", basic("no-such-machine", "no-such-machine-secret")));
  }

  @Test
  void onlyClientCredentialsAreExchangedNotAPersonsPassword() throws Exception {
    assertUnauthorized(get("/api/me", basic("alice", DemoAccounts.PASSWORD)));
    // a confidential client without a service account (the web UI's) gets no token either
    assertUnauthorized(get("/api/me", basic("scrm-portal", "scrm-portal-demo-secret")));
  }

  @Test
  void malformedBasicIs401() throws Exception {
    assertUnauthorized(get("/api/me", "Basic !!!"));
    assertUnauthorized(
        get(
            "/api/me",
            "Basic " + Base64.getEncoder().encodeToString(ACME.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void withoutCredentialsBothBasicAndBearerAreOffered() throws Exception {
    assertUnauthorized(get("/api/me", null));
    assertUnauthorized(get("/taxii2/scrm/status/" + UUID.randomUUID() + "/", null));
  }

  @Test
  void basicIsExchangedOnTaxiiPathsToo() throws Exception {
    HttpResponse<String> response = get("/taxii2/", basic(ACME, ACME + "-secret"));
    assertNotEquals(401, response.statusCode(), response.body());
    assertUnauthorized(get("/taxii2/", basic(ACME, "not-the-secret")));
  }

  @Test
  void aFloodOfBadCredentialsIsRefusedThenLimitedAndTheServerStaysResponsive() throws Exception {
    // a client id of its own, so that no other test's client is limited
    String flooded = "flood-" + UUID.randomUUID();
    List<Integer> statuses = new ArrayList<>();
    long start = System.nanoTime();
    HttpResponse<String> limited = null;
    for (int i = 0; i < 25; i++) {
      HttpResponse<String> response = get("/api/me", basic(flooded, "guess"));
      statuses.add(response.statusCode());
      if (response.statusCode() == 401) {
        assertUnauthorized(response);
      } else if (limited == null) {
        limited = response;
      }
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    int refused = statuses.indexOf(429);
    assertTrue(refused > 0, "first 401, then 429: " + statuses);
    assertTrue(refused <= 10, "at most the per-client limit (10 a minute) is 401: " + statuses);
    assertEquals(
        List.of(429),
        statuses.subList(refused, statuses.size()).stream().distinct().toList(),
        "then only 429: " + statuses);
    assertTrue(took.compareTo(Duration.ofSeconds(20)) < 0, "answered at once: " + took);
    assertEquals(
        "application/problem+json",
        limited.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", ""));
    assertEquals(429, JSON.readTree(limited.body()).get("status").asInt(), limited.body());
    long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElse("0"));
    assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
    assertTrue(limited.headers().allValues("WWW-Authenticate").isEmpty(), "not a challenge");

    HttpResponse<String> taxii = get("/taxii2/scrm/collections/", basic(flooded, "guess"));
    assertEquals(429, taxii.statusCode(), taxii.body());
    assertEquals("429", JSON.readTree(taxii.body()).get("http_status").asText(), taxii.body());

    // the server, and other clients, are unaffected
    assertEquals(200, get("/api/me", basic(ACME, ACME + "-secret")).statusCode());
    assertEquals(200, get("/api/me", "Bearer " + Tokens.forMachine(ACME)).statusCode());
    assertEquals(200, get("/taxii2/", null).statusCode());
  }

  @Test
  void pagesDoNotTakeBasic() throws Exception {
    HttpResponse<String> response = get("/index.xhtml", basic(ACME, ACME + "-secret"));

    assertEquals(302, response.statusCode(), "to the sign-in page: " + response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Location")
            .orElse("")
            .startsWith(TestServers.issuer() + "/protocol/openid-connect/auth"),
        response.headers().toString());
    assertTrue(response.headers().allValues("WWW-Authenticate").isEmpty());
  }

  private static void assertUnauthorized(HttpResponse<String> response) throws Exception {
    assertEquals(401, response.statusCode(), response.body());
    List<String> challenges = response.headers().allValues("WWW-Authenticate");
    assertTrue(challenges.contains("Basic realm=\"scrm\""), "Basic offered: " + challenges);
    assertTrue(
        challenges.stream().anyMatch(c -> c.startsWith("Bearer")), "Bearer offered: " + challenges);
    // each machine interface in its own protocol's error format
    boolean taxii = response.uri().getPath().startsWith("/taxii2");
    assertEquals(
        taxii ? "application/taxii+json" : "application/problem+json",
        response.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", ""));
    JsonNode body = JSON.readTree(response.body());
    assertEquals("401", taxii ? body.get("http_status").asText() : body.get("status").asText());
  }

  private static String basic(String clientId, String secret) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> get(String path, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(TestServers.PORTAL.resolve(path)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
