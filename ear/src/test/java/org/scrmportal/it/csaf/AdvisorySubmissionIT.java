package org.scrmportal.it.csaf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

/**
 * Black-box: submitting CSAF 2.0 advisories through {@code /api/csaf} with real tokens. Stored and
 * served byte for byte; invalid documents 422 with the failed tests and nothing stored; the
 * validate-only endpoint stores nothing; publisher namespaces, tracking ids and revisions; roles.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdvisorySubmissionIT {

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return Deployments.portal();
  }

  private static String acmeNamespace() {
    String namespace = CsafClient.uniqueNamespace("acme");
    CsafClient.as("olivia").grant("acme-components", namespace);
    return namespace;
  }

  private static String trackingId() {
    return "ACME-" + UUID.randomUUID();
  }

  /** Unusual but valid bytes: CRLF, tabs, a unicode escape and key order as a supplier wrote it. */
  private static byte[] asASupplierWroteIt(byte[] document) {
    String text =
        new String(document, StandardCharsets.UTF_8)
            .replace("\n", "\r\n")
            .replace("  ", "\t")
            .replace("A sample advisory", "Caf\\u00e9 \\u2013 a sample advisory");
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aDocumentIsStoredAndServedByteForByte() {
    CsafClient alice = CsafClient.as("alice");
    String id = trackingId();
    byte[] document =
        asASupplierWroteIt(
            CsafSamples.advisory().namespace(acmeNamespace()).trackingId(id).bytes());

    CsafClient.Reply created = alice.submit(document);
    assertEquals(201, created.status(), created.toString());
    JsonNode body = created.json();
    assertEquals(id, body.path("trackingId").asText());
    assertEquals("1", body.path("version").asText());
    assertEquals(id.toLowerCase() + ".json", body.path("fileName").asText());
    assertEquals(CsafClient.sha512(document), body.path("sha512").asText());
    assertTrue(body.path("verdict").path("errors").isEmpty());
    assertNotNull(created.location());
    assertTrue(created.location().endsWith("/api/csaf/advisories/" + body.path("id").asLong()));

    // TLP:WHITE: anyone reads it, also without signing in, exactly as submitted
    for (CsafClient reader : List.of(CsafClient.anonymous(), CsafClient.as("gina"), alice)) {
      CsafClient.Reply served = reader.get(created.location());
      assertEquals(200, served.status(), reader.name + ": " + served);
      assertTrue(served.contentType().startsWith("application/json"), served.contentType());
      assertArrayEquals(document, served.body(), reader.name);
      assertEquals(CsafClient.sha512(document), CsafClient.sha512(served.body()));
    }

    // the same bytes again: already stored, nothing new
    CsafClient.Reply again = alice.submit(document);
    assertEquals(200, again.status(), again.toString());
    assertTrue(again.json().path("alreadyStored").asBoolean());
    assertEquals(body.path("id").asLong(), again.json().path("id").asLong());
  }

  @Test
  void anInvalidDocumentIs422WithTheFailedTestsAndNothingIsStored() throws Exception {
    CsafClient alice = CsafClient.as("alice");
    String namespace = acmeNamespace();
    String id = trackingId();
    ObjectNode json = CsafSamples.advisory().namespace(namespace).trackingId(id).json();
    // CSAF 2.0 section 6.1.16: the version must be that of the last revision history entry
    ((ObjectNode) json.at("/document/tracking")).put("version", "2");
    CsafClient.Reply refused = alice.submit(CsafClient.JSON.writeValueAsBytes(json));

    assertEquals(422, refused.status(), refused.toString());
    assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
    JsonNode problem = refused.json();
    assertEquals(422, problem.path("status").asInt());
    List<String> tests = new ArrayList<>();
    problem.path("errors").forEach(e -> tests.add(e.path("test").asText()));
    assertTrue(tests.contains("6.1.16"), problem.toString());
    problem
        .path("errors")
        .forEach(e -> assertTrue(e.path("path").asText().startsWith("/"), e.toString()));

    CsafClient.Reply notJson = alice.submit("{\"document\": ".getBytes(StandardCharsets.UTF_8));
    assertEquals(422, notJson.status());
    assertEquals("schema", notJson.json().at("/errors/0/test").asText());

    assertFalse(
        alice.get("/api/csaf/advisories?limit=1000").text().contains(id), "nothing was stored");
  }

  @Test
  void validatingStoresNothing() throws Exception {
    CsafClient adam = CsafClient.as("adam");
    String id = trackingId();
    byte[] valid = CsafSamples.advisory().namespace(acmeNamespace()).trackingId(id).bytes();
    CsafClient.Reply verdict = adam.postBytes("/api/csaf/validate", "application/json", valid);
    assertEquals(200, verdict.status(), verdict.toString());
    assertTrue(verdict.json().path("valid").asBoolean(), verdict.toString());

    ObjectNode json = CsafSamples.advisory().trackingId(id).json();
    ((ObjectNode) json.at("/document")).remove("title");
    CsafClient.Reply invalid =
        adam.postBytes(
            "/api/csaf/validate", "application/json", CsafClient.JSON.writeValueAsBytes(json));
    assertEquals(200, invalid.status(), invalid.toString());
    assertFalse(invalid.json().path("valid").asBoolean());
    assertFalse(invalid.json().path("errors").isEmpty());

    assertFalse(adam.get("/api/csaf/advisories?limit=1000").text().contains(id));
    // a caller who may not submit may still validate
    assertEquals(
        200,
        CsafClient.as("gina").postBytes("/api/csaf/validate", "application/json", valid).status());
    assertEquals(
        401,
        CsafClient.anonymous().postBytes("/api/csaf/validate", "application/json", valid).status());
  }

  @Test
  void onlyTheOrganizationsNamespacesArePublishedUnder() {
    String acme = acmeNamespace();
    String id = trackingId();
    CsafClient alice = CsafClient.as("alice");
    CsafClient nora = CsafClient.as("nora");

    CsafClient.Reply beforeAcmePublished =
        nora.submit(CsafSamples.advisory().namespace(acme).trackingId(id).bytes());
    assertEquals(403, beforeAcmePublished.status(), beforeAcmePublished.toString());

    byte[] acmes =
        CsafSamples.advisory().namespace(acme).trackingId(id).tlp("AMBER").title("Secret").bytes();
    assertEquals(201, alice.submit(acmes).status());
    CsafClient.Reply afterwards =
        nora.submit(CsafSamples.advisory().namespace(acme).trackingId(id).version(2).bytes());
    assertEquals(403, afterwards.status());
    // the refusal reads the same whether the tracking id exists there or not, and tells nothing
    // of acme's advisory
    assertEquals(
        beforeAcmePublished.json().path("detail").asText(),
        afterwards.json().path("detail").asText());
    assertFalse(afterwards.text().contains("Secret"));

    // a namespace granted to nobody
    assertEquals(
        403,
        alice
            .submit(
                CsafSamples.advisory()
                    .namespace(CsafClient.uniqueNamespace("nobody"))
                    .trackingId(id)
                    .bytes())
            .status());
  }

  @Test
  void trackingIdsAreUniquePerPublisherAndRevisionsFollowTheStoredOne() {
    CsafClient alice = CsafClient.as("alice");
    CsafClient nora = CsafClient.as("nora");
    String acme = acmeNamespace();
    String northgrid = CsafClient.uniqueNamespace("northgrid");
    CsafClient.as("olivia").grant("northgrid-energy", northgrid);
    String id = trackingId();

    long v1 =
        alice
            .submit(CsafSamples.advisory().namespace(acme).trackingId(id).bytes())
            .json()
            .path("id")
            .asLong();
    // the same tracking id is another publisher's own
    assertEquals(
        201,
        nora.submit(CsafSamples.advisory().namespace(northgrid).trackingId(id).bytes()).status());

    CsafClient.Reply sameVersion =
        alice.submit(
            CsafSamples.advisory().namespace(acme).trackingId(id).title("Changed").bytes());
    assertEquals(409, sameVersion.status(), sameVersion.toString());
    assertTrue(sameVersion.contentType().startsWith("application/problem+json"));

    CsafClient.Reply rewritten =
        alice.submit(
            CsafSamples.advisory()
                .namespace(acme)
                .trackingId(id)
                .version(2)
                .firstSummary("History rewritten.")
                .bytes());
    assertEquals(409, rewritten.status(), rewritten.toString());

    CsafClient.Reply v2 =
        alice.submit(CsafSamples.advisory().namespace(acme).trackingId(id).version(2).bytes());
    assertEquals(201, v2.status(), v2.toString());
    JsonNode revisions = alice.get("/api/csaf/advisories/" + v1 + "/revisions").json();
    assertEquals(2, revisions.size());
    assertFalse(revisions.get(0).path("latest").asBoolean());
    assertTrue(revisions.get(1).path("latest").asBoolean());

    CsafClient.Reply older =
        alice.submit(
            CsafSamples.advisory().namespace(acme).trackingId(id).title("Older again").bytes());
    assertEquals(409, older.status());
  }

  @Test
  void submittingTakesTheSubmitterRole() {
    byte[] notJson = "not json".getBytes(StandardCharsets.UTF_8);
    Map<String, Integer> expected = new LinkedHashMap<>();
    expected.put("alice", 422); // submitter: reaches the validator
    expected.put("adam", 422); // submitter
    expected.put("nora", 422); // submitter
    expected.put("gina", 403); // analyst, consumer
    expected.put("sam", 403); // standards editor, org admin
    expected.put("olivia", 403); // operator
    expected.put("victor", 403); // no organization, no role
    List<Executable> checks = new ArrayList<>();
    for (Map.Entry<String, Integer> e : expected.entrySet()) {
      CsafClient.Reply reply = CsafClient.as(e.getKey()).submit(notJson);
      checks.add(() -> assertEquals(e.getValue(), reply.status(), e.getKey() + " POST: " + reply));
      checks.add(
          () ->
              assertTrue(
                  reply.contentType().startsWith("application/problem+json"),
                  e.getKey() + ": " + reply.contentType()));
    }
    CsafClient.Reply machine = CsafClient.machine("acme-components-machine").submit(notJson);
    checks.add(() -> assertEquals(422, machine.status(), "machine client: " + machine));
    checks.add(() -> assertEquals(401, CsafClient.anonymous().submit(notJson).status()));
    assertAll(checks);
  }

  @Test
  void onlyOperatorsGrantNamespaces() {
    Map<String, String> grant =
        Map.of("organization", "acme-components", "namespace", CsafClient.uniqueNamespace("x"));
    assertEquals(403, CsafClient.as("alice").postJson("/api/csaf/namespaces", grant).status());
    assertEquals(401, CsafClient.anonymous().postJson("/api/csaf/namespaces", grant).status());
    CsafClient olivia = CsafClient.as("olivia");
    assertEquals(201, olivia.postJson("/api/csaf/namespaces", grant).status());
    assertEquals(409, olivia.postJson("/api/csaf/namespaces", grant).status(), "granted once");
    JsonNode mine = CsafClient.as("adam").get("/api/csaf/namespaces").json();
    assertTrue(mine.toString().contains(grant.get("namespace")), mine.toString());
    assertFalse(
        CsafClient.as("nora").get("/api/csaf/namespaces").text().contains(grant.get("namespace")));
  }
}
