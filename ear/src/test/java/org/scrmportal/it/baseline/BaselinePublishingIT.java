package org.scrmportal.it.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scrmportal.it.support.Deployments;

/**
 * Black-box: a standards editor publishes OSCAL catalogs and profiles (JSON, XML, YAML); a profile
 * is resolved against the stored publications its imports name; versions are added, never
 * rewritten; and a document that is not valid OSCAL, imports nothing stored, imports itself, is too
 * big or carries an external entity is refused with problem details and stores nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BaselinePublishingIT {

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return Deployments.portal();
  }

  @Test
  @DisplayName(
      "the NIST catalog and HIGH profile: resolved controls are the profile's; v2 leaves v1")
  void nistHighBaselineResolvesAndVersionsStay() {
    BaselineClient sam = BaselineClient.as("sam");
    String catalogName = BaselineSamples.uniqueName("NIST_SP-800-53_rev5");
    byte[] catalog = BaselineClient.resource(BaselineClient.HIGH_CATALOG);
    JsonNode c = sam.published(catalog, catalogName, BaselineClient.nistCatalogLocations(), "");
    assertEquals("CATALOG", c.path("kind").asText());
    assertEquals(1, c.path("version").asInt());
    assertEquals(catalogName, c.path("catalogName").asText());
    assertEquals("CLEAR", c.path("tlp").asText(), "a published standard is TLP:CLEAR by default");

    String profileName = BaselineSamples.uniqueName("NIST_SP-800-53_rev5_HIGH-baseline");
    byte[] high = BaselineClient.resource(BaselineClient.HIGH_PROFILE);
    JsonNode p = sam.published(high, profileName, List.of(), "");
    long v1 = p.path("id").asLong();
    assertEquals("PROFILE", p.path("kind").asText());
    assertEquals(catalogName, p.path("catalogName").asText(), "its controls come from the catalog");

    Set<String> expected = BaselineClient.includedIds(BaselineClient.HIGH_PROFILE);
    List<String> resolved = sam.controlIds(v1);
    assertEquals(expected, new LinkedHashSet<>(resolved), "the HIGH profile's controls");
    assertEquals(expected.size(), resolved.size(), "each control once");
    assertEquals(expected.size(), p.path("controlCount").asInt());
    assertTrue(
        sam.get("/api/baselines/" + v1 + "/resolved").json().path("catalog").isObject(),
        "the resolved catalog is OSCAL JSON");

    // a control by label, with its parameters and statement
    JsonNode sr3 = sam.get("/api/baselines/" + v1 + "/controls/SR-3").json();
    assertEquals("sr-3", sr3.path("view").path("controlId").asText(), sr3::toString);
    assertTrue(sr3.path("control").path("params").size() > 0, "SR-3 has parameters");
    assertTrue(sr3.path("control").path("parts").toString().contains("statement"));
    JsonNode sr2 = sam.get("/api/baselines/" + v1 + "/controls/sr-2").json();
    assertTrue(
        sr2.path("enhancements").toString().contains("sr-2.1"), "HIGH requires SR-2(1): " + sr2);

    // version 2 of the same series: another document; version 1 stays exactly as it was
    byte[] low = BaselineClient.resource(BaselineClient.LOW_PROFILE);
    JsonNode p2 = sam.published(low, profileName, List.of(), "");
    assertEquals(2, p2.path("version").asInt());
    assertNotEquals(v1, p2.path("id").asLong());
    assertEquals(
        BaselineClient.includedIds(BaselineClient.LOW_PROFILE),
        new LinkedHashSet<>(sam.controlIds(p2.path("id").asLong())));
    JsonNode first = sam.get("/api/baselines/" + v1).json().path("publication");
    assertEquals(1, first.path("version").asInt());
    assertEquals(resolved, sam.controlIds(v1), "version 1 keeps its controls");
    assertArrayEquals(high, sam.get("/api/baselines/" + v1 + "/content").body(), "and its bytes");
    List<Integer> versions = new ArrayList<>();
    sam.get("/api/baselines/" + v1 + "/versions")
        .json()
        .forEach(v -> versions.add(v.path("version").asInt()));
    assertEquals(List.of(2, 1), versions);
    long listed = 0;
    for (JsonNode each : sam.get("/api/baselines").json()) {
      if (each.path("name").asText().equals(profileName)) {
        listed++;
        assertEquals(2, each.path("version").asInt(), "the list shows the newest version");
      }
    }
    assertEquals(1, listed);
  }

  @Test
  @DisplayName("XML and YAML catalogs are published and read like JSON ones")
  void xmlAndYaml() {
    BaselineClient sam = BaselineClient.as("sam");
    byte[] xml = BaselineSamples.catalogXml("XML catalog");
    JsonNode x = sam.published(xml, BaselineSamples.uniqueName("xml-catalog"), List.of(), "");
    assertEquals(List.of("sr-1", "sr-2"), sam.controlIds(x.path("id").asLong()));
    BaselineClient.Reply content = sam.get("/api/baselines/" + x.path("id").asLong() + "/content");
    assertArrayEquals(xml, content.body());
    assertTrue(content.contentType().contains("xml"), content.contentType());

    byte[] yaml = BaselineSamples.catalogYaml("YAML catalog");
    JsonNode y = sam.published(yaml, BaselineSamples.uniqueName("yaml-catalog"), List.of(), "");
    assertEquals(List.of("sr-1", "sr-2"), sam.controlIds(y.path("id").asLong()));
    assertEquals(
        "Policy and Procedures",
        sam.get("/api/baselines/" + y.path("id").asLong() + "/controls/sr-1")
            .json()
            .path("view")
            .path("title")
            .asText());
  }

  @Test
  @DisplayName("bad OSCAL is 422 or 413 problem details naming the problems, and stores nothing")
  void badOscalStoresNothing() {
    BaselineClient sam = BaselineClient.as("sam");
    // stored first: a catalog, profile A importing it, profile B importing A
    String catalog = BaselineSamples.uniqueName("cycle-catalog");
    sam.published(BaselineSamples.catalogJson("Cycle catalog"), catalog, List.of(), "");
    String a = BaselineSamples.uniqueName("profile-a");
    sam.published(
        BaselineSamples.profileImporting("A", "urn:scrm:baseline:" + catalog), a, List.of(), "");
    String b = BaselineSamples.uniqueName("profile-b");
    sam.published(
        BaselineSamples.profileImporting("B", "urn:scrm:baseline:" + a), b, List.of(), "");
    Set<Long> before = sam.allVersionIds();

    BaselineClient.Reply invalid =
        sam.publish(BaselineSamples.schemaInvalidCatalog(), uniqueBad(), List.of(), "");
    assertProblem(invalid, 422);
    assertTrue(anyPath(invalid.json()), "a schema problem names where it is: " + invalid);

    BaselineClient.Reply missing =
        sam.publish(
            BaselineSamples.profileImporting("Missing", "urn:scrm:baseline:no-such-series-x1"),
            uniqueBad(),
            List.of(),
            "");
    assertProblem(missing, 422);
    assertTrue(missing.text().contains("no stored catalog or profile"), missing::toString);

    BaselineClient.Reply self =
        sam.publish(
            BaselineSamples.profileImporting("Self", "urn:scrm:baseline:" + a), a, List.of(), "");
    BaselineClient.Reply cycle =
        sam.publish(
            BaselineSamples.profileImporting("A again", "urn:scrm:baseline:" + b),
            a,
            List.of(),
            "");
    assertProblem(self, 422);
    assertProblem(cycle, 422);
    assertTrue(cycle.text().contains("import each other"), cycle::toString);

    BaselineClient.Reply xxe =
        sam.publish(BaselineSamples.xxeCatalog(), uniqueBad(), List.of(), "");
    assertProblem(xxe, 422);
    assertFalse(xxe.text().contains("root:"), "nothing of the entity is read: " + xxe);

    byte[] huge = new byte[24 * 1024 * 1024 + 1];
    java.util.Arrays.fill(huge, (byte) ' ');
    huge[0] = '{';
    BaselineClient.Reply tooBig = sam.publish(huge, uniqueBad(), List.of(), "");
    assertProblem(tooBig, 413);

    assertEquals(before, sam.allVersionIds(), "nothing was stored");
    List<Integer> versionsOfA = new ArrayList<>();
    long idOfA =
        java.util.stream.StreamSupport.stream(sam.get("/api/baselines").json().spliterator(), false)
            .filter(p -> p.path("name").asText().equals(a))
            .findFirst()
            .orElseThrow()
            .path("id")
            .asLong();
    sam.get("/api/baselines/" + idOfA + "/versions")
        .json()
        .forEach(v -> versionsOfA.add(v.path("version").asInt()));
    assertEquals(List.of(1), versionsOfA, "the refused versions of A were not added");
  }

  @Test
  @DisplayName("a name outside [A-Za-z0-9._-]{1,100} is 400 and stores nothing")
  void badNames() {
    BaselineClient sam = BaselineClient.as("sam");
    assertProblem(
        sam.publish(BaselineSamples.catalogJson("x"), "a name with blanks", List.of(), ""), 400);
    assertProblem(sam.publish(BaselineSamples.catalogJson("x"), "", List.of(), ""), 400);
  }

  private static String uniqueBad() {
    return BaselineSamples.uniqueName("refused");
  }

  private static boolean anyPath(JsonNode problem) {
    for (JsonNode e : problem.path("errors")) {
      if (!e.path("path").asText().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  static void assertProblem(BaselineClient.Reply reply, int status) {
    assertEquals(status, reply.status(), reply::toString);
    assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    JsonNode problem = reply.json();
    assertEquals(status, problem.path("status").asInt(), reply::toString);
    assertFalse(problem.path("detail").asText().isBlank(), reply::toString);
    if (status == 422) {
      assertTrue(problem.path("errors").size() > 0, "the problems are listed: " + reply);
    }
  }
}
