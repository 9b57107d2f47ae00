package org.scrmportal.supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** CSAF 2.0 sections 3.1 (product tree) and 3.2.3.9 (product status), and VEX suppression. */
class ProductTreeTest {

  static final String ADVISORY =
      """
      {"document":{"category":"csaf_vex","title":"t"},
       "product_tree":{
        "branches":[{"category":"vendor","name":"Example Company","branches":[
          {"category":"product_name","name":"ABC","branches":[
            {"category":"product_version_range","name":"vers:generic/>=4.0|<4.2",
             "product":{"product_id":"ABC-4.0-4.2","name":"Example Company ABC 4.0 to 4.1",
               "product_identification_helper":{"hashes":[{"filename":"abc.bin",
                 "file_hashes":[{"algorithm":"sha256","value":"0a1b"}]}]}}},
            {"category":"product_version","name":"4.2",
             "product":{"product_id":"ABC-4.2","name":"Example Company ABC 4.2"}}]},
          {"category":"product_name","name":"Router","branches":[
            {"category":"product_version","name":"7",
             "product":{"product_id":"R-7","name":"Example Router 7",
               "product_identification_helper":{"cpe":"cpe:2.3:h:example:router:7:*:*:*:*:*:*:*"}}}]}]}],
        "full_product_names":[{"product_id":"LIB","name":"libfoo 1.2.3",
          "product_identification_helper":{"purl":"pkg:npm/libfoo@1.2.3"}}],
        "relationships":[{"category":"installed_on","product_reference":"LIB",
          "relates_to_product_reference":"R-7",
          "full_product_name":{"product_id":"LIB-ON-R7","name":"libfoo 1.2.3 on Router 7"}}]},
       "vulnerabilities":[
        {"cve":"CVE-2099-0001","product_status":{"known_affected":["ABC-4.0-4.2","LIB-ON-R7"],
          "fixed":["ABC-4.2"]}},
        {"ids":[{"system_name":"EX","text":"EX-7"}],
         "product_status":{"known_affected":["R-7"],"known_not_affected":["ABC-4.0-4.2"]}}]}
      """;

  static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void walksBranchesFullProductNamesAndRelationships() {
    ProductTree tree = ProductTree.of(json(ADVISORY));
    assertEquals(
        List.of("ABC-4.0-4.2", "ABC-4.2", "R-7", "LIB", "LIB-ON-R7"),
        tree.products().stream().map(AdvisoryProduct::productId).toList());
    AdvisoryProduct range = tree.product("ABC-4.0-4.2").orElseThrow();
    assertEquals("Example Company", range.vendor());
    assertEquals("ABC", range.product());
    assertEquals("vers:generic/>=4.0|<4.2", range.versionRange());
    assertEquals(List.of("abc.bin sha256:0a1b"), range.hashes());
    AdvisoryProduct router = tree.product("R-7").orElseThrow();
    assertEquals("7", router.version());
    assertEquals("cpe:2.3:h:example:router:7:*:*:*:*:*:*:*", router.cpe());
    AdvisoryProduct installed = tree.product("LIB-ON-R7").orElseThrow();
    assertEquals("installed_on", installed.relationship());
    assertEquals("R-7", installed.relatesTo());
    assertEquals("pkg:npm/libfoo@1.2.3", installed.purl());
  }

  @Test
  void readsEveryProductStatusPerVulnerability() {
    ProductTree tree = ProductTree.of(json(ADVISORY));
    assertEquals(2, tree.vulnerabilities().size());
    ProductTree.Vulnerability first = tree.vulnerabilities().get(0);
    assertEquals("CVE-2099-0001", first.key());
    assertEquals(Set.of(ProductStatus.KNOWN_AFFECTED), first.statuses().get("ABC-4.0-4.2"));
    assertEquals(Set.of(ProductStatus.FIXED), first.statuses().get("ABC-4.2"));
    assertEquals("EX:EX-7", tree.vulnerabilities().get(1).key());
    assertTrue(tree.namesAffectedProducts());
  }

  @Test
  void vexKnownNotAffectedSuppressesAndFixedCloses() {
    ProductTree tree = ProductTree.of(json(ADVISORY));
    Component abc41 = new Component(null, "Example Company", "ABC", "4.1", null, null);
    List<Exposure.Finding> findings = Exposure.assess(tree, abc41);
    assertEquals(2, findings.size());
    assertEquals(Exposure.Outcome.AFFECTED, findings.get(0).outcome());
    assertEquals("ABC-4.0-4.2", findings.get(0).product().productId());
    // the second vulnerability names the same product known_not_affected: suppressed
    assertEquals(Exposure.Outcome.NOT_AFFECTED, findings.get(1).outcome());

    Component abc42 = new Component(null, "Example Company", "ABC", "4.2", null, null);
    List<Exposure.Finding> fixed = Exposure.assess(tree, abc42);
    assertEquals(1, fixed.size());
    assertEquals(Exposure.Outcome.FIXED, fixed.get(0).outcome());

    Component abc39 = new Component(null, "Example Company", "ABC", "3.9", null, null);
    assertTrue(Exposure.assess(tree, abc39).isEmpty());
  }

  @Test
  void aComponentOnAPlatformIsMatchedByItsOwnIdentifier() {
    ProductTree tree = ProductTree.of(json(ADVISORY));
    Component lib = new Component(null, null, null, null, "pkg:npm/libfoo@1.2.3", null);
    List<Exposure.Finding> findings = Exposure.assess(tree, lib);
    assertEquals(1, findings.size());
    assertEquals("LIB-ON-R7", findings.get(0).product().productId());
    Component newer = new Component(null, null, null, null, "pkg:npm/libfoo@1.2.4", null);
    assertTrue(Exposure.assess(tree, newer).isEmpty());
  }

  @Test
  void anUncomparableVersionIsPossiblyAffectedNotGuessed() {
    ProductTree tree = ProductTree.of(json(ADVISORY));
    Component odd = new Component(null, "Example Company", "ABC", "4.1p1", null, null);
    List<Exposure.Finding> findings = Exposure.assess(tree, odd);
    assertEquals(Exposure.Outcome.POSSIBLY_AFFECTED, findings.get(0).outcome());
  }
}
