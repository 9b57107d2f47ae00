package org.scrmportal.it.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.scrmportal.identity.federation.saml.testing.TestFederation;
import org.scrmportal.it.support.TestServers;
import org.scrmportal.it.support.Tokens;

/**
 * What the web ITs of issue 11 share: callers with real tokens, raw HTTP with any method and body,
 * and signed SAML metadata aggregates of a fresh test federation whose identity providers carry the
 * attributes a federation records (registration authority, entity categories, assurance).
 */
final class FederationFixtures {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  static final String REGISTRAR = "https://registrar.federation.example/";
  static final String RESEARCH_AND_SCHOLARSHIP =
      "http://refeds.org/category/research-and-scholarship";
  static final String SIRTFI = "https://refeds.org/sirtfi";

  private FederationFixtures() {}

  /** A caller: a demo person, a machine client, or nobody (no token). */
  record Caller(String name, String token) {
    static Caller anonymous() {
      return new Caller("anonymous", null);
    }

    static Caller user(String username) {
      Caller caller = new Caller(username, Tokens.forUser(username));
      caller.send("GET", "/api/me", null, null); // registers the organization, as a sign-in does
      return caller;
    }

    static Caller machine(String clientId) {
      Caller caller = new Caller(clientId, Tokens.forMachine(clientId));
      caller.send("GET", "/api/me", null, null);
      return caller;
    }

    Reply get(String path) {
      return send("GET", path, null, null);
    }

    Reply post(String path, Object json) {
      return send("POST", path, "application/json", json == null ? new byte[0] : bytes(json));
    }

    Reply put(String path, String contentType, byte[] body) {
      return send("PUT", path, contentType, body);
    }

    Reply delete(String path) {
      return send("DELETE", path, null, null);
    }

    Reply send(String method, String path, String contentType, byte[] body) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(TestServers.PORTAL.resolve(path))
              .timeout(Duration.ofMinutes(2))
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofByteArray(body));
      if (token != null) {
        request.header("Authorization", "Bearer " + token);
      }
      if (contentType != null) {
        request.header("Content-Type", contentType);
      }
      try {
        HttpResponse<String> response =
            HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(
            response.statusCode(),
            response.headers().firstValue("Content-Type").orElse(""),
            response.headers().firstValue("Cache-Control").orElse(""),
            response.body());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** A response, its body as text (and JSON when asked). */
  record Reply(int status, String contentType, String cacheControl, String text) {
    JsonNode json() {
      try {
        return text.isEmpty() ? null : JSON.readTree(text);
      } catch (IOException e) {
        throw new IllegalStateException("not JSON: " + this, e);
      }
    }

    @Override
    public String toString() {
      return status + " " + (text.length() > 600 ? text.substring(0, 600) + "..." : text);
    }
  }

  static byte[] bytes(Object json) {
    try {
      return JSON.writeValueAsBytes(json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A short unique suffix, lower-case letters and digits. */
  static String suffix() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  /** Asserts RFC 9457 problem details with {@code status}. */
  static void assertProblem(Reply reply, int status, String what) {
    assertEquals(status, reply.status(), what + ": " + reply);
    assertTrue(
        reply.contentType().startsWith("application/problem+json"),
        what + ": problem details, not " + reply.contentType() + " " + reply);
    JsonNode problem = reply.json();
    assertEquals(status, problem.path("status").asInt(), what + ": " + reply);
    assertTrue(problem.hasNonNull("title") && problem.hasNonNull("detail"), what + ": " + reply);
  }

  /** A test federation and the identity providers its aggregates list. */
  record Federation(TestFederation signer, String name, List<String> entities) {

    static Federation create(String name, String... hosts) {
      TestFederation signer = TestFederation.create("Federation " + name);
      List<String> entities =
          java.util.Arrays.stream(hosts)
              .map(
                  host ->
                      TestFederation.describe(
                          TestFederation.identityProvider(
                              entityId(host), "https://" + host + "/sso", signer.certificate()),
                          REGISTRAR,
                          "Organization of " + host,
                          List.of(RESEARCH_AND_SCHOLARSHIP),
                          List.of(SIRTFI)))
              .toList();
      return new Federation(signer, name, entities);
    }

    /** A freshly signed aggregate listing every provider, valid for a week. */
    byte[] signedAggregate() {
      return signer.sign(
          TestFederation.aggregate(
              name,
              Instant.now().plus(Duration.ofDays(7)),
              Duration.ofHours(6),
              entities.toArray(String[]::new)));
    }

    /** {@code POST /api/federations} body: this federation uploaded with its certificate. */
    Map<String, Object> registration() {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("name", name);
      body.put("certificate", signer.certificatePem());
      body.put("metadata", new String(signedAggregate(), StandardCharsets.UTF_8));
      return body;
    }
  }

  /** The entity id of the provider at {@code host}. */
  static String entityId(String host) {
    return "https://" + host + "/idp";
  }

  /** {@code POST /api/onboarding} body for a listed SAML provider, admitting {@code orgId}. */
  static Map<String, Object> samlProposal(String federationId, String entityId, String orgId) {
    Map<String, Object> organization = new LinkedHashMap<>();
    organization.put("id", orgId);
    organization.put("name", "Admitted " + orgId);
    organization.put("type", "agency");
    organization.put("tier", "T1");
    organization.put("sector", "government");
    organization.put("country", "DE");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("protocol", "saml");
    body.put("federation", federationId);
    body.put("entityId", entityId);
    body.put("organization", organization);
    body.put("roles", List.of("consumer"));
    body.put("reason", "access test " + orgId);
    return body;
  }
}
