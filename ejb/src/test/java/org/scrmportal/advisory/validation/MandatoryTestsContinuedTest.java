package org.scrmportal.advisory.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.scrmportal.advisory.validation.CsafTestDocuments.minimalWith;
import static org.scrmportal.advisory.validation.CsafTestDocuments.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CSAF 2.0 tests 6.1.17 to 6.1.33: for each, documents written from the text of section 6.1
 * that must fail it (with the JSON Pointer of each finding) and documents that must pass it.
 */
class MandatoryTestsContinuedTest {

  // ---- helpers

  private static List<Finding> run(String number, JsonNode document) {
    CsafTest test =
        MandatoryTestsContinued.all().stream()
            .filter(t -> t.number().equals(number))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no test " + number));
    return test.run(document);
  }

  private static void assertFails(String number, JsonNode document, String... paths) {
    List<Finding> findings = run(number, document);
    assertEquals(
        List.of(paths), findings.stream().map(Finding::path).toList(), "paths of " + findings);
    for (Finding finding : findings) {
      assertEquals(number, finding.test());
      assertEquals(TestKind.MANDATORY, finding.kind());
      assertFalse(finding.message().isBlank());
    }
  }

  private static void assertPasses(String number, JsonNode document) {
    assertEquals(List.of(), run(number, document));
  }

  /** A tracking object: {@code items} are "date number" pairs of the revision history. */
  private static JsonNode tracking(String status, String version, String... items) {
    List<String> history = new ArrayList<>();
    for (String item : items) {
      String[] dateAndNumber = item.split(" ");
      history.add(
          """
          {"date": "%s", "number": "%s", "summary": "A revision."}"""
              .formatted(dateAndNumber[0], dateAndNumber[1]));
    }
    return minimalWith(
        """
        {"document": {"tracking": {"status": "%s", "version": "%s", "revision_history": [%s]}}}
        """
            .formatted(status, version, String.join(",", history)));
  }

  private static final String D1 = "2024-01-01T10:00:00.000Z";
  private static final String D2 = "2024-02-01T10:00:00.000Z";
  private static final String D3 = "2024-03-01T10:00:00.000Z";
  private static final String D4 = "2024-04-01T10:00:00.000Z";

  private static final String RH = "/document/tracking/revision_history/";

  private static JsonNode withCategory(String category, String more) {
    JsonNode document = minimalWith(more);
    ((com.fasterxml.jackson.databind.node.ObjectNode) document.get("document"))
        .put("category", category);
    return document;
  }

  private static final String PRODUCTS_ABC =
      """
      "product_tree": {
        "full_product_names": [
          {"product_id": "CSAFPID-A", "name": "Product A"},
          {"product_id": "CSAFPID-B", "name": "Product B"},
          {"product_id": "CSAFPID-C", "name": "Product C"}
        ],
        "product_groups": [
          {"group_id": "CSAFGID-AB", "product_ids": ["CSAFPID-A", "CSAFPID-B"]}
        ]
      }""";

  // ---- the group

  @Test
  void groupListsEveryTestFrom6_1_17To6_1_33InOrder() {
    List<String> expected = new ArrayList<>();
    for (int n = 17; n <= 33; n++) {
      if (n == 27) {
        for (int p = 1; p <= 11; p++) {
          expected.add("6.1.27." + p);
        }
      } else {
        expected.add("6.1." + n);
      }
    }
    assertEquals(expected, MandatoryTestsContinued.all().stream().map(CsafTest::number).toList());
  }

  @Test
  void minimalDocumentPassesEveryTest() {
    JsonNode document = parse(CsafTestDocuments.MINIMAL);
    for (CsafTest test : MandatoryTestsContinued.all()) {
      assertEquals(List.of(), test.run(document), test.number());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "[]",
        "{\"document\": 1, \"product_tree\": [], \"vulnerabilities\": {\"a\": 1}}",
        "{\"document\": {\"category\": \"csaf_vex\", \"tracking\": {\"revision_history\":"
            + " {\"number\": 1}, \"version\": []}}, \"vulnerabilities\": [1, \"x\", null]}",
        "{\"document\": {\"category\": \"csaf_vex\", \"notes\": {}, \"references\": 2},"
            + " \"product_tree\": {\"branches\": {}, \"full_product_names\": \"x\","
            + " \"product_groups\": [{\"group_id\": 1}]}, \"vulnerabilities\":"
            + " [{\"product_status\": {\"known_not_affected\": {}, \"known_affected\": [1]},"
            + " \"flags\": {}, \"remediations\": [1], \"involvements\": [{\"date\": 5}]}]}"
      })
  void documentsOfAnotherShapeDoNotBreakAnyTest(String json) {
    JsonNode document = parse(json);
    for (CsafTest test : MandatoryTestsContinued.all()) {
      for (Finding finding : test.run(document)) {
        assertEquals(test.number(), finding.test());
      }
    }
  }

  // ---- 6.1.17 Document Status Draft

  @Test
  void t6_1_17_finalWithInitialDevelopmentVersionFails() {
    assertFails("6.1.17", tracking("final", "0.9.5", D1 + " 0.9.5"), "/document/tracking/status");
    assertFails("6.1.17", tracking("final", "0", D1 + " 0"), "/document/tracking/status");
  }

  @Test
  void t6_1_17_interimWithPreReleaseFails() {
    assertFails(
        "6.1.17", tracking("interim", "1.0.0-rc.1", D1 + " 1.0.0"), "/document/tracking/status");
  }

  @Test
  void t6_1_17_draftOrReleasedVersionPasses() {
    assertPasses("6.1.17", tracking("draft", "0.9.5", D1 + " 0.9.5"));
    assertPasses("6.1.17", tracking("draft", "2.0.0-beta", D1 + " 1.0.0"));
    assertPasses("6.1.17", tracking("final", "1.0.0+build.7", D1 + " 1.0.0"));
    assertPasses("6.1.17", tracking("final", "10", D1 + " 10"));
  }

  // ---- 6.1.18 Released Revision History

  @Test
  void t6_1_18_releasedWithZeroItemFails() {
    assertFails("6.1.18", tracking("final", "1", D1 + " 0", D2 + " 1"), RH + "0/number");
    assertFails(
        "6.1.18",
        tracking("interim", "1.0.0", D1 + " 0.1.0", D2 + " 0.2.0", D3 + " 1.0.0"),
        RH + "0/number",
        RH + "1/number");
  }

  @Test
  void t6_1_18_draftWithZeroItemOrReleasedWithoutPasses() {
    assertPasses("6.1.18", tracking("draft", "1", D1 + " 0", D2 + " 1"));
    assertPasses("6.1.18", tracking("final", "1.1.0", D1 + " 1.0.0", D2 + " 1.1.0"));
  }

  // ---- 6.1.19 Revision History Entries for Pre-release Versions

  @Test
  void t6_1_19_preReleaseItemFails() {
    assertFails(
        "6.1.19", tracking("final", "1.0.0", D1 + " 1.0.0-rc", D2 + " 1.0.0"), RH + "0/number");
    assertFails(
        "6.1.19",
        tracking("draft", "2.0.0-alpha", D1 + " 1.0.0", D2 + " 2.0.0-alpha.1+b5"),
        RH + "1/number");
  }

  @Test
  void t6_1_19_releasedItemsPass() {
    assertPasses("6.1.19", tracking("final", "1.0.1+b5", D1 + " 1.0.0", D2 + " 1.0.1+b5"));
    assertPasses("6.1.19", tracking("final", "2", D1 + " 1", D2 + " 2"));
  }

  // ---- 6.1.20 Non-draft Document Version

  @Test
  void t6_1_20_releasedPreReleaseVersionFails() {
    assertFails(
        "6.1.20", tracking("interim", "1.0.0-alpha", D1 + " 1.0.0"), "/document/tracking/version");
    assertFails(
        "6.1.20", tracking("final", "2.0.0-rc.2", D1 + " 1.0.0"), "/document/tracking/version");
  }

  @Test
  void t6_1_20_draftPreReleaseOrReleasedVersionPasses() {
    assertPasses("6.1.20", tracking("draft", "1.0.0-alpha", D1 + " 1.0.0"));
    assertPasses("6.1.20", tracking("final", "1.0.0+exp.sha.5114f85", D1 + " 1.0.0"));
  }

  // ---- 6.1.21 Missing Item in Revision History

  @Test
  void t6_1_21_gapFails() {
    assertFails("6.1.21", tracking("final", "3", D1 + " 1", D2 + " 3"), RH + "1/number");
    assertFails(
        "6.1.21",
        tracking("final", "3.0.0", D1 + " 1.0.0", D2 + " 1.1.0", D3 + " 3.0.0"),
        RH + "2/number");
    // listed newest first: the gap is still before version 4, the first item of the array
    assertFails("6.1.21", tracking("final", "4", D4 + " 4", D2 + " 2", D1 + " 1"), RH + "0/number");
  }

  @Test
  void t6_1_21_firstItemAboveOneFails() {
    assertFails("6.1.21", tracking("final", "3", D1 + " 2", D2 + " 3"), RH + "0/number");
    assertFails(
        "6.1.21", tracking("final", "2.1.0", D1 + " 2.0.0", D2 + " 2.1.0"), RH + "0/number");
  }

  @Test
  void t6_1_21_completeHistoryPasses() {
    assertPasses("6.1.21", tracking("final", "2", D1 + " 1", D2 + " 2"));
    assertPasses("6.1.21", tracking("draft", "1", D1 + " 0", D2 + " 1"));
    assertPasses(
        "6.1.21",
        tracking("final", "2.0.0", D1 + " 0.1.0", D2 + " 1.0.0", D3 + " 1.4.2", D4 + " 2.0.0"));
    // sorted by date the first item is 1, although listed last
    assertPasses("6.1.21", tracking("final", "2", D2 + " 2", D1 + " 1"));
  }

  // ---- 6.1.22 Multiple Definition in Revision History

  @Test
  void t6_1_22_sameNumberTwiceFails() {
    assertFails("6.1.22", tracking("final", "1", D1 + " 1", D2 + " 1"), RH + "1/number");
    assertFails(
        "6.1.22",
        tracking("final", "1.1.0", D1 + " 1.0.0", D2 + " 1.1.0", D3 + " 1.0.0"),
        RH + "2/number");
  }

  @Test
  void t6_1_22_distinctNumbersPass() {
    assertPasses("6.1.22", tracking("final", "2", D1 + " 1", D2 + " 2"));
  }

  // ---- 6.1.23 Multiple Use of Same CVE

  @Test
  void t6_1_23_sameCveTwiceFails() {
    JsonNode document =
        minimalWith(
            """
            {"vulnerabilities": [
              {"cve": "CVE-2017-0145"}, {"cve": "CVE-2021-44228"}, {"cve": "CVE-2017-0145"}
            ]}""");
    assertFails("6.1.23", document, "/vulnerabilities/2/cve");
  }

  @Test
  void t6_1_23_distinctCvesPass() {
    assertPasses(
        "6.1.23",
        minimalWith(
            """
            {"vulnerabilities": [{"cve": "CVE-2017-0145"}, {"cve": "CVE-2021-44228"}, {}]}"""));
  }

  // ---- 6.1.24 Multiple Definition in Involvements

  @Test
  void t6_1_24_samePartyAtSameDateFails() {
    JsonNode document =
        minimalWith(
            """
            {"vulnerabilities": [{"involvements": [
              {"date": "2021-04-23T10:00:00.000Z", "party": "vendor", "status": "completed"},
              {"date": "2021-04-23T10:00:00.000Z", "party": "coordinator", "status": "open"},
              {"date": "2021-04-23T10:00:00.000Z", "party": "vendor", "status": "in_progress"}
            ]}]}""");
    assertFails("6.1.24", document, "/vulnerabilities/0/involvements/2");
  }

  @Test
  void t6_1_24_sameInstantInAnotherOffsetFails() {
    JsonNode document =
        minimalWith(
            """
            {"vulnerabilities": [{"cve": "CVE-2021-44228"}, {"involvements": [
              {"date": "2021-04-23T10:00:00Z", "party": "vendor", "status": "completed"},
              {"date": "2021-04-23T12:00:00+02:00", "party": "vendor", "status": "completed"}
            ]}]}""");
    assertFails("6.1.24", document, "/vulnerabilities/1/involvements/1");
  }

  @Test
  void t6_1_24_otherDateOrOtherVulnerabilityPasses() {
    JsonNode document =
        minimalWith(
            """
            {"vulnerabilities": [
              {"involvements": [
                {"date": "2021-04-23T10:00:00.000Z", "party": "vendor", "status": "in_progress"},
                {"date": "2021-04-24T10:00:00.000Z", "party": "vendor", "status": "completed"}
              ]},
              {"involvements": [
                {"date": "2021-04-23T10:00:00.000Z", "party": "vendor", "status": "in_progress"}
              ]}
            ]}""");
    assertPasses("6.1.24", document);
  }

  // ---- 6.1.25 Multiple Use of Same Hash Algorithm

  private static String hashes(String... algorithms) {
    List<String> items = new ArrayList<>();
    for (String algorithm : algorithms) {
      items.add("{\"algorithm\": \"" + algorithm + "\", \"value\": \"" + "0a".repeat(32) + "\"}");
    }
    return """
        "product_identification_helper": {"hashes": [
          {"file_hashes": [%s], "filename": "product.so"}
        ]}"""
        .formatted(String.join(",", items));
  }

  @Test
  void t6_1_25_sameAlgorithmTwiceInOneItemFails() {
    JsonNode document =
        minimalWith(
            """
            {"product_tree": {
              "branches": [{"category": "vendor", "name": "Example", "branches": [
                {"category": "product_name", "name": "A",
                 "product": {"product_id": "CSAFPID-A", "name": "A", %s}}
              ]}],
              "full_product_names": [
                {"product_id": "CSAFPID-B", "name": "B", %s}
              ],
              "relationships": [{
                "category": "installed_on",
                "product_reference": "CSAFPID-A",
                "relates_to_product_reference": "CSAFPID-B",
                "full_product_name": {"product_id": "CSAFPID-AB", "name": "A on B", %s}
              }]
            }}"""
                .formatted(
                    hashes("sha256", "sha256"),
                    hashes("sha512", "sha256", "SHA256"),
                    hashes("sha384", "sha256", "sha384")));
    String helper = "/product_identification_helper/hashes/0/file_hashes/";
    assertFails(
        "6.1.25",
        document,
        "/product_tree/branches/0/branches/0/product" + helper + "1/algorithm",
        "/product_tree/full_product_names/0" + helper + "2/algorithm",
        "/product_tree/relationships/0/full_product_name" + helper + "2/algorithm");
  }

  @Test
  void t6_1_25_distinctAlgorithmsPerItemPass() {
    JsonNode document =
        minimalWith(
            """
            {"product_tree": {"full_product_names": [
              {"product_id": "CSAFPID-A", "name": "A", "product_identification_helper": {
                "hashes": [
                  {"file_hashes": [{"algorithm": "sha256", "value": "%1$s"}], "filename": "a.so"},
                  {"file_hashes": [{"algorithm": "sha256", "value": "%1$s"},
                                   {"algorithm": "sha512", "value": "%1$s"}], "filename": "b.so"}
                ]}}
            ]}}"""
                .formatted("0a".repeat(32)));
    assertPasses("6.1.25", document);
  }

  // ---- 6.1.26 Prohibited Document Category Name

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Security_Incident_Response",
        "Csaf_a",
        "csaf_BASE",
        "Csaf_VeX",
        "csafsecurityadvisory",
        "Informational Advisory",
        "security-incident-response",
        "Security      Advisory",
        "veX",
        "V_eX",
        "csaf_anything_else"
      })
  void t6_1_26_profileNameOrReservedPrefixFails(String category) {
    assertFails("6.1.26", withCategory(category, "{}"), "/document/category");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "csaf_base",
        "csaf_vex",
        "csaf_security_advisory",
        "Example Company Security Advisory",
        "Example Company security_advisory",
        "OASIS CSAF TC Security Incident Response",
        "vexing"
      })
  void t6_1_26_ownCategoryOrProfileValuePasses(String category) {
    assertPasses("6.1.26", withCategory(category, "{}"));
  }

  // ---- 6.1.27 Profile Tests

  private static final String INFORMATIONAL_NOTES_AND_REFERENCES =
      """
      {"document": {
        "notes": [{"category": "summary", "text": "About the issue."}],
        "references": [{"category": "external", "summary": "Guide",
                        "url": "https://example.com/guide"}]
      }}""";

  @Test
  void t6_1_27_1_noDescriptiveNoteFails() {
    String legalOnly =
        """
        {"document": {"notes": [
          {"category": "legal_disclaimer", "text": "AS IS", "title": "Terms of Use"}
        ]}}""";
    assertFails(
        "6.1.27.1", withCategory("csaf_informational_advisory", legalOnly), "/document/notes");
    assertFails(
        "6.1.27.1", withCategory("csaf_security_incident_response", "{}"), "/document/notes");
  }

  @Test
  void t6_1_27_1_descriptiveNoteOrOtherProfilePasses() {
    assertPasses(
        "6.1.27.1",
        withCategory("csaf_security_incident_response", INFORMATIONAL_NOTES_AND_REFERENCES));
    assertPasses("6.1.27.1", withCategory("csaf_base", "{}"));
    assertPasses("6.1.27.1", withCategory("csaf_security_advisory", "{}"));
  }

  @Test
  void t6_1_27_2_noExternalReferenceFails() {
    String selfOnly =
        """
        {"document": {"references": [
          {"category": "self", "summary": "The canonical URL.", "url": "https://example.com/a.json"}
        ]}}""";
    assertFails(
        "6.1.27.2",
        withCategory("csaf_security_incident_response", selfOnly),
        "/document/references");
    assertFails(
        "6.1.27.2", withCategory("csaf_informational_advisory", "{}"), "/document/references");
  }

  @Test
  void t6_1_27_2_externalReferenceOrOtherProfilePasses() {
    assertPasses(
        "6.1.27.2",
        withCategory("csaf_informational_advisory", INFORMATIONAL_NOTES_AND_REFERENCES));
    assertPasses("6.1.27.2", withCategory("csaf_vex", "{}"));
  }

  @Test
  void t6_1_27_3_informationalAdvisoryWithVulnerabilitiesFails() {
    assertFails(
        "6.1.27.3",
        withCategory(
            "csaf_informational_advisory",
            "{\"vulnerabilities\": [{\"title\": \"A vulnerability item that SHALL NOT exist\"}]}"),
        "/vulnerabilities");
  }

  @Test
  void t6_1_27_3_informationalAdvisoryWithoutVulnerabilitiesPasses() {
    assertPasses(
        "6.1.27.3",
        withCategory("csaf_informational_advisory", INFORMATIONAL_NOTES_AND_REFERENCES));
    assertPasses(
        "6.1.27.3",
        withCategory("csaf_base", "{\"vulnerabilities\": [{\"cve\": \"CVE-2021-44228\"}]}"));
  }

  private static final String ADVISORY_VULNERABILITY =
      """
      {"cve": "CVE-2021-44228",
       "notes": [{"category": "description", "text": "Log4Shell."}],
       "product_status": {"fixed": ["CSAFPID-A"]}}""";

  @Test
  void t6_1_27_4_advisoryWithoutProductTreeFails() {
    String vulnerabilities = "{\"vulnerabilities\": [" + ADVISORY_VULNERABILITY + "]}";
    assertFails(
        "6.1.27.4", withCategory("csaf_security_advisory", vulnerabilities), "/product_tree");
    assertFails("6.1.27.4", withCategory("csaf_vex", vulnerabilities), "/product_tree");
  }

  @Test
  void t6_1_27_4_advisoryWithProductTreePasses() {
    assertPasses(
        "6.1.27.4",
        withCategory(
            "csaf_security_advisory",
            "{" + PRODUCTS_ABC + ", \"vulnerabilities\": [" + ADVISORY_VULNERABILITY + "]}"));
    assertPasses("6.1.27.4", withCategory("csaf_informational_advisory", "{}"));
  }

  @Test
  void t6_1_27_5_vulnerabilityWithoutNotesFails() {
    String vulnerabilities =
        "{\"vulnerabilities\": ["
            + ADVISORY_VULNERABILITY
            + ", {\"title\": \"A vulnerability item without a note\"}]}";
    assertFails(
        "6.1.27.5", withCategory("csaf_security_advisory", vulnerabilities), "/vulnerabilities/1");
    assertFails("6.1.27.5", withCategory("csaf_vex", vulnerabilities), "/vulnerabilities/1");
  }

  @Test
  void t6_1_27_5_vulnerabilitiesWithNotesPass() {
    assertPasses(
        "6.1.27.5",
        withCategory(
            "csaf_security_advisory", "{\"vulnerabilities\": [" + ADVISORY_VULNERABILITY + "]}"));
    assertPasses("6.1.27.5", withCategory("csaf_base", "{\"vulnerabilities\": [{}]}"));
  }

  @Test
  void t6_1_27_6_vulnerabilityWithoutProductStatusFails() {
    assertFails(
        "6.1.27.6",
        withCategory(
            "csaf_security_advisory",
            "{\"vulnerabilities\": [{\"title\": \"A vulnerability item without a product"
                + " status\"}, "
                + ADVISORY_VULNERABILITY
                + "]}"),
        "/vulnerabilities/0");
  }

  @Test
  void t6_1_27_6_vulnerabilityWithProductStatusPasses() {
    assertPasses(
        "6.1.27.6",
        withCategory(
            "csaf_security_advisory", "{\"vulnerabilities\": [" + ADVISORY_VULNERABILITY + "]}"));
    // not a test for VEX documents (6.1.27.7 is)
    assertPasses("6.1.27.6", withCategory("csaf_vex", "{\"vulnerabilities\": [{}]}"));
  }

  @Test
  void t6_1_27_7_vexWithoutVexStatusFails() {
    JsonNode document =
        withCategory(
            "csaf_vex",
            """
            {"vulnerabilities": [
              {"cve": "CVE-2021-44228",
               "product_status": {"first_fixed": ["CSAFPID-A"], "recommended": ["CSAFPID-A"]}},
              {"cve": "CVE-2017-0145"}
            ]}""");
    assertFails("6.1.27.7", document, "/vulnerabilities/0/product_status", "/vulnerabilities/1");
  }

  @Test
  void t6_1_27_7_vexWithVexStatusPasses() {
    for (String status : List.of("fixed", "known_affected", "known_not_affected")) {
      assertPasses(
          "6.1.27.7",
          withCategory(
              "csaf_vex",
              "{\"vulnerabilities\": [{\"product_status\": {\"" + status + "\": [\"A\"]}}]}"));
    }
    assertPasses(
        "6.1.27.7",
        withCategory(
            "csaf_vex",
            "{\"vulnerabilities\": [{\"product_status\": {\"under_investigation\": [\"A\"],"
                + " \"recommended\": [\"A\"]}}]}"));
    assertPasses(
        "6.1.27.7",
        withCategory(
            "csaf_security_advisory",
            "{\"vulnerabilities\": [{\"product_status\": {\"recommended\": [\"A\"]}}]}"));
  }

  @Test
  void t6_1_27_8_vexVulnerabilityWithoutIdFails() {
    assertFails(
        "6.1.27.8",
        withCategory(
            "csaf_vex",
            "{\"vulnerabilities\": [{\"cve\": \"CVE-2021-44228\"},"
                + " {\"title\": \"A vulnerability item without a CVE or ID\"}]}"),
        "/vulnerabilities/1");
  }

  @Test
  void t6_1_27_8_vexVulnerabilityWithCveOrIdsPasses() {
    assertPasses(
        "6.1.27.8",
        withCategory(
            "csaf_vex",
            """
            {"vulnerabilities": [
              {"cve": "CVE-2021-44228"},
              {"ids": [{"system_name": "GHSA", "text": "GHSA-jfh8-c2jp-5v3q"}]}
            ]}"""));
    assertPasses("6.1.27.8", withCategory("csaf_security_advisory", "{\"vulnerabilities\": [{}]}"));
  }

  @Test
  void t6_1_27_9_knownNotAffectedWithoutImpactStatementFails() {
    JsonNode document =
        withCategory(
            "csaf_vex",
            "{"
                + PRODUCTS_ABC
                + """
                , "vulnerabilities": [{
                  "cve": "CVE-2021-44228",
                  "product_status": {"known_not_affected": ["CSAFPID-A", "CSAFPID-B", "CSAFPID-C"]},
                  "threats": [
                    {"category": "impact", "details": "Code not present.", "group_ids": ["CSAFGID-AB"]},
                    {"category": "exploit_status", "details": "None.", "product_ids": ["CSAFPID-C"]}
                  ]
                }]}""");
    assertFails("6.1.27.9", document, "/vulnerabilities/0/product_status/known_not_affected/2");
  }

  @Test
  void t6_1_27_9_impactStatementsThroughFlagsThreatsAndGroupsPass() {
    JsonNode document =
        withCategory(
            "csaf_vex",
            "{"
                + PRODUCTS_ABC
                + """
                , "vulnerabilities": [{
                  "cve": "CVE-2021-44228",
                  "product_status": {"known_not_affected": ["CSAFPID-A", "CSAFPID-B", "CSAFPID-C"]},
                  "flags": [{"label": "component_not_present", "group_ids": ["CSAFGID-AB"]}],
                  "threats": [
                    {"category": "impact", "details": "Code not present.", "product_ids": ["CSAFPID-C"]}
                  ]
                }]}""");
    assertPasses("6.1.27.9", document);
  }

  @Test
  void t6_1_27_10_knownAffectedWithoutActionStatementFails() {
    JsonNode document =
        withCategory(
            "csaf_vex",
            "{"
                + PRODUCTS_ABC
                + """
                , "vulnerabilities": [
                  {"cve": "CVE-2017-0145", "product_status": {"fixed": ["CSAFPID-A"]}},
                  {"cve": "CVE-2021-44228",
                   "product_status": {"known_affected": ["CSAFPID-A", "CSAFPID-B", "CSAFPID-C"]},
                   "remediations": [
                     {"category": "no_fix_planned", "details": "End of life.",
                      "group_ids": ["CSAFGID-AB"]}
                   ]}
                ]}""");
    assertFails("6.1.27.10", document, "/vulnerabilities/1/product_status/known_affected/2");
  }

  @Test
  void t6_1_27_10_actionStatementsForEveryAffectedProductPass() {
    JsonNode document =
        withCategory(
            "csaf_vex",
            "{"
                + PRODUCTS_ABC
                + """
                , "vulnerabilities": [{
                  "cve": "CVE-2021-44228",
                  "product_status": {"known_affected": ["CSAFPID-A", "CSAFPID-B", "CSAFPID-C"]},
                  "remediations": [
                    {"category": "no_fix_planned", "details": "End of life.",
                     "group_ids": ["CSAFGID-AB"]},
                    {"category": "vendor_fix", "details": "Update.", "product_ids": ["CSAFPID-C"]}
                  ]
                }]}""");
    assertPasses("6.1.27.10", document);
  }

  @Test
  void t6_1_27_11_advisoryWithoutVulnerabilitiesFails() {
    String tree = "{" + PRODUCTS_ABC + "}";
    assertFails("6.1.27.11", withCategory("csaf_security_advisory", tree), "/vulnerabilities");
    assertFails("6.1.27.11", withCategory("csaf_vex", tree), "/vulnerabilities");
  }

  @Test
  void t6_1_27_11_advisoryWithVulnerabilitiesPasses() {
    assertPasses(
        "6.1.27.11",
        withCategory(
            "csaf_security_advisory",
            "{" + PRODUCTS_ABC + ", \"vulnerabilities\": [" + ADVISORY_VULNERABILITY + "]}"));
    assertPasses("6.1.27.11", withCategory("csaf_base", "{}"));
  }

  // ---- 6.1.28 Translation

  @Test
  void t6_1_28_sameLanguageFails() {
    assertFails(
        "6.1.28",
        minimalWith("{\"document\": {\"lang\": \"en-US\", \"source_lang\": \"en-US\"}}"),
        "/document/source_lang");
    assertFails(
        "6.1.28",
        minimalWith("{\"document\": {\"lang\": \"de-DE\", \"source_lang\": \"de-de\"}}"),
        "/document/source_lang");
  }

  @Test
  void t6_1_28_otherLanguagePasses() {
    assertPasses(
        "6.1.28", minimalWith("{\"document\": {\"lang\": \"en-GB\", \"source_lang\": \"en-US\"}}"));
    assertPasses("6.1.28", minimalWith("{\"document\": {\"lang\": \"en-US\"}}"));
  }

  // ---- 6.1.29 Remediation without Product Reference

  @Test
  void t6_1_29_remediationWithoutProductsFails() {
    JsonNode document =
        minimalWith(
            """
            {"vulnerabilities": [{"remediations": [
              {"category": "vendor_fix", "details": "Update.", "product_ids": ["CSAFPID-A"]},
              {"category": "no_fix_planned", "details": "End of life."}
            ]}]}""");
    assertFails("6.1.29", document, "/vulnerabilities/0/remediations/1");
  }

  @Test
  void t6_1_29_remediationsWithProductsOrGroupsPass() {
    JsonNode document =
        minimalWith(
            """
            {"vulnerabilities": [{"remediations": [
              {"category": "vendor_fix", "details": "Update.", "product_ids": ["CSAFPID-A"]},
              {"category": "no_fix_planned", "details": "EOL.", "group_ids": ["CSAFGID-AB"]}
            ]}, {"cve": "CVE-2017-0145"}]}""");
    assertPasses("6.1.29", document);
  }

  // ---- 6.1.30 Mixed Integer and Semantic Versioning

  @Test
  void t6_1_30_mixedVersioningFails() {
    assertFails("6.1.30", tracking("final", "2", D1 + " 1.0.0", D2 + " 2"), RH + "0/number");
    assertFails(
        "6.1.30",
        tracking("final", "2.0.0", D1 + " 1", D2 + " 1.1.0", D3 + " 2"),
        RH + "0/number",
        RH + "2/number");
  }

  @Test
  void t6_1_30_oneVersioningPasses() {
    assertPasses("6.1.30", tracking("final", "2.0.0", D1 + " 1.0.0", D2 + " 2.0.0"));
    assertPasses("6.1.30", tracking("final", "2", D1 + " 1", D2 + " 2"));
  }

  // ---- 6.1.31 Version Range in Product Version

  private static JsonNode productVersion(String category, String name) {
    return minimalWith(
        """
        {"product_tree": {"branches": [{"category": "vendor", "name": "Example",
          "branches": [{"category": "product_name", "name": "Product A",
            "branches": [{"category": "%s", "name": "%s",
              "product": {"product_id": "CSAFPID-A", "name": "Product A %2$s"}}]}]}]}}"""
            .formatted(category, name));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "prior to 4.2",
        "<4.2",
        "<=4.1",
        "<= 4.1",
        ">2",
        ">= 2.0",
        "4.1 and earlier",
        "all",
        "ALL",
        "before 4.2",
        "4.2 and later",
        "3.X versions",
        "after 4.2",
        "1.0 (or later)"
      })
  void t6_1_31_rangeInProductVersionFails(String name) {
    assertFails(
        "6.1.31",
        productVersion("product_version", name),
        "/product_tree/branches/0/branches/0/branches/0/name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"4.2", "after-eight", "2.40.0+21AF26D3", "small-1.0", "r2024_allgood"})
  void t6_1_31_singleVersionOrVersionRangeCategoryPasses(String name) {
    assertPasses("6.1.31", productVersion("product_version", name));
  }

  @Test
  void t6_1_31_rangeInProductVersionRangePasses() {
    assertPasses("6.1.31", productVersion("product_version_range", "<4.2"));
    assertPasses("6.1.31", productVersion("product_version_range", "vers:generic/<4.2"));
  }

  // ---- 6.1.32 Flag without Product Reference

  @Test
  void t6_1_32_flagWithoutProductsFails() {
    JsonNode document =
        minimalWith(
            """
            {"vulnerabilities": [{"cve": "CVE-2017-0145"}, {"flags": [
              {"label": "component_not_present"},
              {"label": "vulnerable_code_not_present", "group_ids": ["CSAFGID-AB"]}
            ]}]}""");
    assertFails("6.1.32", document, "/vulnerabilities/1/flags/0");
  }

  @Test
  void t6_1_32_flagsWithProductsPass() {
    JsonNode document =
        minimalWith(
            """
            {"vulnerabilities": [{"flags": [
              {"label": "component_not_present", "product_ids": ["CSAFPID-A"]},
              {"label": "vulnerable_code_not_present", "group_ids": ["CSAFGID-AB"]}
            ]}]}""");
    assertPasses("6.1.32", document);
  }

  // ---- 6.1.33 Multiple Flags with VEX Justification Codes per Product

  @Test
  void t6_1_33_productInTwoFlagsFails() {
    JsonNode document =
        minimalWith(
            "{"
                + PRODUCTS_ABC
                + """
                , "vulnerabilities": [{
                  "cve": "CVE-2017-0145",
                  "flags": [
                    {"label": "component_not_present", "group_ids": ["CSAFGID-AB"]},
                    {"label": "vulnerable_code_not_present", "product_ids": ["CSAFPID-C"]},
                    {"label": "vulnerable_code_cannot_be_controlled_by_adversary",
                     "product_ids": ["CSAFPID-A"]}
                  ],
                  "product_status": {"known_not_affected": ["CSAFPID-A", "CSAFPID-B", "CSAFPID-C"]}
                }]}""");
    assertFails("6.1.33", document, "/vulnerabilities/0/flags/2");
  }

  @Test
  void t6_1_33_oneFlagPerProductAndVulnerabilityPasses() {
    JsonNode document =
        minimalWith(
            "{"
                + PRODUCTS_ABC
                + """
                , "vulnerabilities": [
                  {"cve": "CVE-2017-0145", "flags": [
                    {"label": "component_not_present", "group_ids": ["CSAFGID-AB"],
                     "product_ids": ["CSAFPID-A"]},
                    {"label": "vulnerable_code_not_present", "product_ids": ["CSAFPID-C"]}
                  ]},
                  {"cve": "CVE-2021-44228", "flags": [
                    {"label": "vulnerable_code_cannot_be_controlled_by_adversary",
                     "product_ids": ["CSAFPID-A"]}
                  ]}
                ]}""");
    assertPasses("6.1.33", document);
  }
}
