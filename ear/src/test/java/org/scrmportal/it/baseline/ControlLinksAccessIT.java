package org.scrmportal.it.baseline;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.scrmportal.it.support.Deployments;

/**
 * Black-box, role x endpoint: reading links is open to anyone (each link as the policy decides);
 * the form takes an analyst, submitter or standards editor of a member organization, and an object
 * the caller may see (an invisible one reads like a missing one); mapping documents take a
 * standards editor, are validated row by row (422 naming row and column, nothing stored) and are
 * listed under their marking.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ControlLinksAccessIT {

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return Deployments.portal();
  }

  private static final String CSV_HEADER = "source_scheme,source_id,catalog,control\n";

  @BeforeAll
  static void catalog() {
    LinksClient.as("sam").publishNistCatalog();
  }

  @Test
  void readingIsOpenAndAnUnknownControlIsNotFound() {
    String path = "/api/baselines/links?catalog=" + LinksClient.CATALOG + "&control=SR-3";
    for (String who : List.of("anonymous", "alice", "nora", "gina", "sam", "olivia", "victor")) {
      LinksClient client = who.equals("anonymous") ? LinksClient.anonymous() : LinksClient.as(who);
      assertEquals(200, client.get(path).status(), who);
      assertEquals(
          404,
          client
              .get("/api/baselines/links?catalog=" + LinksClient.CATALOG + "&control=SR-99")
              .status(),
          who);
      assertEquals(404, client.get("/api/baselines/links?catalog=nope&control=SR-3").status(), who);
      assertEquals(400, client.get("/api/baselines/links").status(), who);
      assertEquals(200, client.get("/api/baselines/mappings").status(), who);
    }
  }

  @Test
  void theFormTakesARoleThatLinksAndAnObjectTheCallerMaySee() {
    LinksClient alice = LinksClient.as("alice");
    ObjectNode clear = LinksClient.object("attack-pattern", List.of(), LinksClient.CLEAR);
    ObjectNode acmeOnly = LinksClient.object("attack-pattern", List.of(), LinksClient.AMBER_STRICT);
    // an object needs no references to be linked by hand
    clear.remove("external_references");
    acmeOnly.remove("external_references");
    alice.taxiiAdd(List.of(clear, acmeOnly));
    String clearId = clear.path("id").asText();

    Map<String, Integer> expected = new LinkedHashMap<>();
    expected.put("anonymous", 401);
    expected.put("victor", 403); // no organization, no role
    expected.put("olivia", 403); // operator
    expected.put("alice", 201); // submitter
    expected.put("adam", 201); // submitter
    expected.put("nora", 201); // submitter
    expected.put("gina", 201); // analyst
    expected.put("sam", 201); // standards editor
    List<Executable> checks = new ArrayList<>();
    for (Map.Entry<String, Integer> e : expected.entrySet()) {
      LinksClient client =
          e.getKey().equals("anonymous") ? LinksClient.anonymous() : LinksClient.as(e.getKey());
      LinksClient.Reply reply =
          client.postJson(
              "/api/baselines/links",
              Map.of("catalog", "NIST SP 800-53", "control", "SR-8", "object", clearId));
      checks.add(() -> assertEquals(e.getValue(), reply.status(), e.getKey() + ": " + reply));
    }
    assertAll(checks);

    LinksClient nora = LinksClient.as("nora");
    LinksClient.Reply hidden =
        nora.postJson(
            "/api/baselines/links",
            Map.of(
                "catalog",
                "NIST SP 800-53",
                "control",
                "SR-8",
                "object",
                acmeOnly.path("id").asText()));
    LinksClient.Reply missing =
        nora.postJson(
            "/api/baselines/links",
            Map.of(
                "catalog",
                "NIST SP 800-53",
                "control",
                "SR-8",
                "object",
                "attack-pattern--" + UUID.randomUUID()));
    assertEquals(404, hidden.status(), hidden.toString());
    assertEquals(missing.status(), hidden.status());
    assertEquals(missing.json().path("detail"), hidden.json().path("detail"));
    assertFalse(nora.linked("SR-8").contains(acmeOnly.path("id").asText()));
    assertTrue(alice.linked("SR-8").contains(clearId));

    LinksClient.Reply badControl =
        nora.postJson(
            "/api/baselines/links",
            Map.of("catalog", "NIST SP 800-53", "control", "SR-99", "object", clearId));
    assertEquals(404, badControl.status(), badControl.toString());
    LinksClient.Reply both =
        nora.postJson(
            "/api/baselines/links",
            Map.of(
                "catalog", "NIST SP 800-53", "control", "SR-8", "object", clearId, "advisory", 1));
    assertEquals(400, both.status(), both.toString());
  }

  @Test
  void mappingsTakeAStandardsEditorAndAreValidatedRowByRow() {
    String name = "IT access " + UUID.randomUUID();
    String good = CSV_HEADER + "capec,CAPEC-437,NIST SP 800-53,SR-3\n";
    String path = "/api/baselines/mappings?name=" + LinksClient.q(name);
    assertEquals(401, LinksClient.anonymous().post(path, "text/csv", good).status());
    for (String who : List.of("alice", "nora", "gina", "olivia", "victor")) {
      assertEquals(403, LinksClient.as(who).post(path, "text/csv", good).status(), who);
    }
    LinksClient sam = LinksClient.as("sam");

    String badName = "IT bad " + UUID.randomUUID();
    LinksClient.Reply bad =
        sam.post(
            "/api/baselines/mappings?name=" + LinksClient.q(badName),
            "text/csv",
            CSV_HEADER
                + "capec,CAPEC-437,NIST SP 800-53,SR-3\n"
                + "attack,T1195.002,No such catalog,SR-3\n"
                + "cwe,CWE-79,NIST SP 800-53,SR-99\n"
                + "tactic,TA0001,NIST SP 800-53,SR-3\n");
    assertEquals(422, bad.status(), bad.toString());
    JsonNode problems = bad.json().path("problems");
    assertEquals(1, problems.size(), bad.toString());
    assertProblem(problems, 4, "source_scheme");
    // the form of every row is checked before catalogs: fix that, and the catalog rows follow
    LinksClient.Reply catalogs =
        sam.post(
            "/api/baselines/mappings?name=" + LinksClient.q(badName),
            "application/json",
            "{\"mappings\":[{\"source_scheme\":\"attack\",\"source_id\":\"T1195.002\","
                + "\"catalog\":\"No such catalog\",\"control\":\"SR-3\"},"
                + "{\"source_scheme\":\"cwe\",\"source_id\":\"CWE-79\","
                + "\"catalog\":\"NIST SP 800-53\",\"control\":\"SR-99\"}]}");
    assertEquals(422, catalogs.status(), catalogs.toString());
    assertProblem(catalogs.json().path("problems"), 1, "catalog");
    assertProblem(catalogs.json().path("problems"), 2, "control");
    assertFalse(sam.get("/api/baselines/mappings").text().contains(badName), "nothing stored");

    LinksClient.Reply published = sam.post(path, "text/csv", good);
    assertEquals(201, published.status(), published.toString());
    assertEquals("CLEAR", published.json().path("tlp").asText());
    String privateName = "IT private " + UUID.randomUUID();
    LinksClient.Reply amber =
        sam.post(
            "/api/baselines/mappings?tlp=AMBER%2BSTRICT&name=" + LinksClient.q(privateName),
            "text/csv",
            good);
    assertEquals(201, amber.status(), amber.toString());
    assertTrue(LinksClient.anonymous().get("/api/baselines/mappings").text().contains(name));
    assertTrue(sam.get("/api/baselines/mappings").text().contains(privateName));
    for (String who : List.of("anonymous", "nora", "gina", "olivia")) {
      LinksClient client = who.equals("anonymous") ? LinksClient.anonymous() : LinksClient.as(who);
      assertFalse(
          client.get("/api/baselines/mappings").text().contains(privateName),
          who + " does not list the board's AMBER+STRICT mapping");
    }
  }

  private static void assertProblem(JsonNode problems, int row, String column) {
    boolean found = false;
    for (JsonNode p : problems) {
      found |= p.path("row").asInt() == row && p.path("column").asText().equals(column);
    }
    assertTrue(found, "row " + row + " column " + column + " in " + problems);
  }
}
