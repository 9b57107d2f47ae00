package org.scrmportal.advisory.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scrmportal.advisory.validation.CsafDocuments.assertFindings;
import static org.scrmportal.advisory.validation.CsafDocuments.findings;
import static org.scrmportal.advisory.validation.CsafDocuments.json;
import static org.scrmportal.advisory.validation.CsafDocuments.minimal;
import static org.scrmportal.advisory.validation.CsafDocuments.with;
import static org.scrmportal.advisory.validation.CsafDocuments.withScore;
import static org.scrmportal.advisory.validation.CsafDocuments.withVulnerabilities;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Tests 6.1.1 to 6.1.16, each with documents written from the specification's text: one (or more)
 * that must fail it, with the JSON Pointer of each finding, and one that must pass. Every document
 * is otherwise valid, so the findings listed are all the document has.
 */
class MandatoryTestsTest {

  private static final String NESTED_BRANCHES =
      """
      {
        "branches": [{
          "category": "vendor", "name": "Example",
          "branches": [{
            "category": "product_name", "name": "A",
            "branches": [{
              "category": "product_version", "name": "1.0",
              "product": {"name": "Example A 1.0", "product_id": "CSAFPID-0001",
                "product_identification_helper": {"purl": "%s"}}
            }]
          }]
        }],
        "full_product_names": [{"name": "Product B 2.0", "product_id": "%s"}]
      }
      """;

  private static final String CVSS31_CRITICAL =
      """
      {"version": "3.1", "vectorString": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
       "baseScore": 9.8, "baseSeverity": "CRITICAL"}
      """;

  private static final String CVSS31_MEDIUM =
      """
      {"version": "3.1", "vectorString": "CVSS:3.1/AV:L/AC:L/PR:H/UI:R/S:U/C:H/I:H/A:H",
       "baseScore": 6.5, "baseSeverity": "MEDIUM"}
      """;

  private static final String CVSS2 =
      """
      {"version": "2.0", "vectorString": "AV:N/AC:L/Au:N/C:P/I:P/A:P", "baseScore": 7.5}
      """;

  @Test
  void theGroupListsTheSixteenTestsInOrder() {
    assertEquals(
        List.of(
            "6.1.1", "6.1.2", "6.1.3", "6.1.4", "6.1.5", "6.1.6", "6.1.7", "6.1.8", "6.1.9",
            "6.1.10", "6.1.11", "6.1.12", "6.1.13", "6.1.14", "6.1.15", "6.1.16"),
        MandatoryTests.all().stream().map(CsafTest::number).toList());
    MandatoryTests.all().forEach(t -> assertEquals(TestKind.MANDATORY, t.kind()));
  }

  @Test
  void theMinimalDocumentPassesEveryTest() {
    assertFindings(minimal());
  }

  @Nested
  class MissingDefinitionOfProductId611 {
    @Test
    void aReferenceToAnUndefinedProductFails() {
      assertFindings(
          withVulnerabilities(
              """
              [{"product_status": {"known_affected": ["CSAFPID-0001", "CSAFPID-9999"]}},
               {"flags": [{"label": "component_not_present", "product_ids": ["CSAFPID-9998"]}]}]
              """),
          "6.1.1 /vulnerabilities/0/product_status/known_affected/1",
          "6.1.1 /vulnerabilities/1/flags/0/product_ids/0");
    }

    @Test
    void productGroupsAndRelationshipsMustReferToDefinedProducts() {
      assertFindings(
          with(
              """
              {"full_product_names": [{"name": "A", "product_id": "CSAFPID-0001"}],
               "product_groups": [{"group_id": "CSAFGID-1",
                                   "product_ids": ["CSAFPID-0001", "CSAFPID-0404"]}],
               "relationships": [{"category": "installed_on",
                 "full_product_name": {"name": "A on B", "product_id": "CSAFPID-0003"},
                 "product_reference": "CSAFPID-0001",
                 "relates_to_product_reference": "CSAFPID-0405"}]}
              """,
              null),
          "6.1.1 /product_tree/product_groups/0/product_ids/1",
          "6.1.1 /product_tree/relationships/0/relates_to_product_reference");
    }

    @Test
    void referencesToProductsDefinedAnywhereInTheTreePass() {
      assertFindings(
          with(
              NESTED_BRANCHES.formatted("pkg:npm/example-a@1.0", "CSAFPID-0002"),
              """
              [{"product_status": {"known_affected": ["CSAFPID-0001"], "fixed": ["CSAFPID-0002"]},
                "threats": [{"category": "impact", "details": "bad", "product_ids": ["CSAFPID-0001"]}],
                "remediations": [{"category": "vendor_fix", "details": "update",
                                  "product_ids": ["CSAFPID-0001"]}]}]
              """));
    }
  }

  @Nested
  class MultipleDefinitionOfProductId612 {
    @Test
    void aProductIdDefinedTwiceFails() {
      assertFindings(
          with(
              """
              {"full_product_names": [{"name": "A", "product_id": "CSAFPID-0001"},
                                      {"name": "B", "product_id": "CSAFPID-0001"}]}
              """,
              null),
          "6.1.2 /product_tree/full_product_names/1/product_id");
    }

    @Test
    void aProductIdOfANestedBranchDefinedAgainFails() {
      assertFindings(
          with(NESTED_BRANCHES.formatted("pkg:npm/example-a@1.0", "CSAFPID-0001"), null),
          "6.1.2 /product_tree/full_product_names/0/product_id");
    }

    @Test
    void distinctProductIdsPass() {
      assertFindings(
          with(NESTED_BRANCHES.formatted("pkg:npm/example-a@1.0", "CSAFPID-0002"), null));
    }
  }

  @Nested
  class CircularDefinitionOfProductId613 {
    private static final String TREE =
        """
        {"full_product_names": [{"name": "A", "product_id": "CSAFPID-0001"},
                                {"name": "B", "product_id": "CSAFPID-0002"}],
         "relationships": %s}
        """;

    @Test
    void aProductBuiltFromItselfFails() {
      assertFindings(
          with(
              TREE.formatted(
                  """
                  [{"category": "installed_on",
                    "full_product_name": {"name": "A on itself", "product_id": "CSAFPID-0003"},
                    "product_reference": "CSAFPID-0001",
                    "relates_to_product_reference": "CSAFPID-0003"}]
                  """),
              null),
          "6.1.3 /product_tree/relationships/0/full_product_name/product_id");
    }

    @Test
    void aCircleThroughTwoRelationshipsFailsForBoth() {
      assertFindings(
          with(
              TREE.formatted(
                  """
                  [{"category": "installed_on",
                    "full_product_name": {"name": "A on D", "product_id": "CSAFPID-0003"},
                    "product_reference": "CSAFPID-0001",
                    "relates_to_product_reference": "CSAFPID-0004"},
                   {"category": "installed_on",
                    "full_product_name": {"name": "C on B", "product_id": "CSAFPID-0004"},
                    "product_reference": "CSAFPID-0003",
                    "relates_to_product_reference": "CSAFPID-0002"}]
                  """),
              null),
          "6.1.3 /product_tree/relationships/0/full_product_name/product_id",
          "6.1.3 /product_tree/relationships/1/full_product_name/product_id");
    }

    @Test
    void aChainOfRelationshipsPasses() {
      assertFindings(
          with(
              TREE.formatted(
                  """
                  [{"category": "installed_on",
                    "full_product_name": {"name": "A on B", "product_id": "CSAFPID-0003"},
                    "product_reference": "CSAFPID-0001",
                    "relates_to_product_reference": "CSAFPID-0002"},
                   {"category": "default_component_of",
                    "full_product_name": {"name": "A on B in B", "product_id": "CSAFPID-0004"},
                    "product_reference": "CSAFPID-0003",
                    "relates_to_product_reference": "CSAFPID-0002"}]
                  """),
              null));
    }
  }

  private static final String GROUPS =
      """
      {"full_product_names": [{"name": "A", "product_id": "CSAFPID-0001"},
                              {"name": "B", "product_id": "CSAFPID-0002"}],
       "product_groups": %s}
      """;

  private static final String ONE_GROUP =
      "[{\"group_id\": \"CSAFGID-1\", \"product_ids\": [\"CSAFPID-0001\", \"CSAFPID-0002\"]}]";

  @Nested
  class MissingDefinitionOfProductGroupId614 {
    @Test
    void aReferenceToAnUndefinedGroupFails() {
      assertFindings(
          with(
              GROUPS.formatted(ONE_GROUP),
              """
              [{"threats": [{"category": "exploit_status", "details": "in Metasploit",
                             "group_ids": ["CSAFGID-1", "CSAFGID-2"]}],
                "remediations": [{"category": "workaround", "details": "disable it",
                                  "group_ids": ["CSAFGID-3"]}],
                "flags": [{"label": "component_not_present", "group_ids": ["CSAFGID-4"]}]}]
              """),
          "6.1.4 /vulnerabilities/0/flags/0/group_ids/0",
          "6.1.4 /vulnerabilities/0/remediations/0/group_ids/0",
          "6.1.4 /vulnerabilities/0/threats/0/group_ids/1");
    }

    @Test
    void aReferenceToADefinedGroupPasses() {
      assertFindings(
          with(
              GROUPS.formatted(ONE_GROUP),
              """
              [{"threats": [{"category": "exploit_status", "details": "in Metasploit",
                             "group_ids": ["CSAFGID-1"]}]}]
              """));
    }
  }

  @Nested
  class MultipleDefinitionOfProductGroupId615 {
    @Test
    void aGroupIdDefinedTwiceFails() {
      assertFindings(
          with(
              GROUPS.formatted(
                  """
                  [{"group_id": "CSAFGID-1", "product_ids": ["CSAFPID-0001", "CSAFPID-0002"]},
                   {"group_id": "CSAFGID-2", "product_ids": ["CSAFPID-0001", "CSAFPID-0002"]},
                   {"group_id": "CSAFGID-1", "product_ids": ["CSAFPID-0002", "CSAFPID-0001"]}]
                  """),
              null),
          "6.1.5 /product_tree/product_groups/2/group_id");
    }

    @Test
    void distinctGroupIdsPass() {
      assertFindings(with(GROUPS.formatted(ONE_GROUP), null));
    }
  }

  @Nested
  class ContradictingProductStatus616 {
    @Test
    void aProductBothAffectedAndNotAffectedFails() {
      assertFindings(
          withVulnerabilities(
              """
              [{"product_status": {"known_affected": ["CSAFPID-0001"],
                                   "known_not_affected": ["CSAFPID-0001"]}}]
              """),
          "6.1.6 /vulnerabilities/0/product_status/known_not_affected/0");
    }

    @Test
    void aProductBothFixedAndUnderInvestigationFails() {
      assertFindings(
          withVulnerabilities(
              """
              [{"product_status": {"known_affected": ["CSAFPID-0002"]}},
               {"product_status": {"first_fixed": ["CSAFPID-0002"],
                                   "under_investigation": ["CSAFPID-0001", "CSAFPID-0002"]}}]
              """),
          "6.1.6 /vulnerabilities/1/product_status/under_investigation/1");
    }

    @Test
    void groupsOfOneKindRecommendedAndOtherVulnerabilitiesPass() {
      assertFindings(
          withVulnerabilities(
              """
              [{"product_status": {"first_affected": ["CSAFPID-0001"],
                                   "last_affected": ["CSAFPID-0001"],
                                   "recommended": ["CSAFPID-0001"],
                                   "fixed": ["CSAFPID-0002"], "first_fixed": ["CSAFPID-0002"]}},
               {"product_status": {"known_not_affected": ["CSAFPID-0001"]}}]
              """));
    }
  }

  @Nested
  class MultipleScoresWithSameVersionPerProduct617 {
    @Test
    void twoCvss31ScoresForOneProductFail() {
      assertFindings(
          withVulnerabilities(
              "[{\"scores\": [{\"products\": [\"CSAFPID-0001\"], \"cvss_v3\": %s},"
                      .formatted(CVSS31_CRITICAL)
                  + "{\"products\": [\"CSAFPID-0002\", \"CSAFPID-0001\"], \"cvss_v3\": %s}]}]"
                      .formatted(CVSS31_MEDIUM)),
          "6.1.7 /vulnerabilities/0/scores/1/products/1");
    }

    @Test
    void scoresOfDifferentVersionsOrVulnerabilitiesPass() {
      assertFindings(
          withVulnerabilities(
              "[{\"scores\": [{\"products\": [\"CSAFPID-0001\"], \"cvss_v3\": %s},"
                      .formatted(CVSS31_CRITICAL)
                  + "{\"products\": [\"CSAFPID-0001\"], \"cvss_v2\": %s}]},".formatted(CVSS2)
                  + "{\"scores\": [{\"products\": [\"CSAFPID-0001\"], \"cvss_v3\": %s}]}]"
                      .formatted(CVSS31_MEDIUM)));
    }
  }

  @Nested
  class InvalidCvss618 {
    @Test
    void aMissingBaseSeverityFails() {
      assertFindings(
          withScore(
              "cvss_v3",
              """
              {"version": "3.1", "vectorString": "CVSS:3.1/AV:L/AC:L/PR:H/UI:R/S:U/C:H/I:H/A:H",
               "baseScore": 6.5}
              """),
          "6.1.8 /vulnerabilities/0/scores/0/cvss_v3");
    }

    @Test
    void aCvssV2WithoutVersionFails() {
      assertFindings(
          withScore(
              "cvss_v2", "{\"vectorString\": \"AV:N/AC:L/Au:N/C:P/I:P/A:P\", \"baseScore\": 7.5}"),
          "6.1.8 /vulnerabilities/0/scores/0/cvss_v2");
    }

    @Test
    void aPropertyOutOfTheCvssVocabularyFails() {
      List<String> found =
          findings(
              withScore(
                  "cvss_v3",
                  """
                  {"version": "3.0", "vectorString": "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
                   "baseScore": 9.8, "baseSeverity": "CRITICAL", "attackVector": "SATELLITE"}
                  """));
      assertTrue(
          found.contains("6.1.8 /vulnerabilities/0/scores/0/cvss_v3/attackVector"),
          found::toString);
      assertTrue(found.stream().allMatch(f -> f.startsWith("6.1.8 ")), found::toString);
      // 6.1.10 compares only values of the CVSS vocabulary with the vector
    }

    @Test
    void completeCvssObjectsPass() {
      assertFindings(withScore("cvss_v3", CVSS31_MEDIUM));
      assertFindings(withScore("cvss_v2", CVSS2));
    }
  }

  @Nested
  class InvalidCvssComputation619 {
    @Test
    void theSpecificationsExampleFailsInScoreAndSeverity() {
      assertFindings(
          withScore(
              "cvss_v3",
              """
              {"version": "3.1", "vectorString": "CVSS:3.1/AV:L/AC:L/PR:H/UI:R/S:U/C:H/I:H/A:H",
               "baseScore": 10.0, "baseSeverity": "LOW"}
              """),
          "6.1.9 /vulnerabilities/0/scores/0/cvss_v3/baseScore",
          "6.1.9 /vulnerabilities/0/scores/0/cvss_v3/baseSeverity");
    }

    @Test
    void wrongTemporalAndEnvironmentalScoresFail() {
      assertFindings(
          withScore(
              "cvss_v3",
              """
              {"version": "3.0",
               "vectorString": "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H/E:P/RL:O/RC:C/MAV:L",
               "baseScore": 10.0, "baseSeverity": "CRITICAL",
               "temporalScore": 9.5, "temporalSeverity": "CRITICAL",
               "environmentalScore": 10.0, "environmentalSeverity": "CRITICAL"}
              """),
          "6.1.9 /vulnerabilities/0/scores/0/cvss_v3/temporalScore",
          "6.1.9 /vulnerabilities/0/scores/0/cvss_v3/environmentalScore",
          "6.1.9 /vulnerabilities/0/scores/0/cvss_v3/environmentalSeverity");
    }

    @Test
    void aWrongCvssV2BaseScoreFails() {
      assertFindings(
          withScore(
              "cvss_v2",
              "{\"version\": \"2.0\", \"vectorString\": \"AV:N/AC:L/Au:N/C:C/I:C/A:C\", "
                  + "\"baseScore\": 6.5}"),
          "6.1.9 /vulnerabilities/0/scores/0/cvss_v2/baseScore");
    }

    @Test
    void theCvssV2GuidesExampleScoresPass() {
      // CVSS v2 complete documentation, section 3.3.1: CVE-2002-0392
      assertFindings(
          withScore(
              "cvss_v2",
              """
              {"version": "2.0",
               "vectorString": "AV:N/AC:L/Au:N/C:N/I:N/A:C/E:F/RL:OF/RC:C/CDP:H/TD:H/CR:M/IR:M/AR:H",
               "baseScore": 7.8, "temporalScore": 6.4, "environmentalScore": 9.2}
              """));
    }

    @Test
    void correctScoresPass() {
      assertFindings(
          withScore(
              "cvss_v3",
              """
              {"version": "3.1",
               "vectorString": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H/E:P/RL:O/RC:C",
               "baseScore": 10.0, "baseSeverity": "CRITICAL",
               "temporalScore": 9.0, "temporalSeverity": "CRITICAL",
               "environmentalScore": 9.0, "environmentalSeverity": "CRITICAL"}
              """));
    }
  }

  @Nested
  class InconsistentCvss6110 {
    @Test
    void theSpecificationsExampleFailsInThreeProperties() {
      assertFindings(
          withScore(
              "cvss_v3",
              """
              {"version": "3.1", "vectorString": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
               "baseScore": 9.8, "baseSeverity": "CRITICAL",
               "attackVector": "LOCAL", "attackComplexity": "LOW", "privilegesRequired": "NONE",
               "userInteraction": "NONE", "scope": "CHANGED", "confidentialityImpact": "HIGH",
               "integrityImpact": "HIGH", "availabilityImpact": "LOW"}
              """),
          "6.1.10 /vulnerabilities/0/scores/0/cvss_v3/attackVector",
          "6.1.10 /vulnerabilities/0/scores/0/cvss_v3/scope",
          "6.1.10 /vulnerabilities/0/scores/0/cvss_v3/availabilityImpact");
    }

    @Test
    void aCvssV2PropertyAgainstItsVectorFails() {
      assertFindings(
          withScore(
              "cvss_v2",
              """
              {"version": "2.0", "vectorString": "AV:N/AC:L/Au:N/C:P/I:P/A:P", "baseScore": 7.5,
               "authentication": "SINGLE", "exploitability": "HIGH"}
              """),
          "6.1.10 /vulnerabilities/0/scores/0/cvss_v2/authentication",
          "6.1.10 /vulnerabilities/0/scores/0/cvss_v2/exploitability");
    }

    @Test
    void propertiesThatMatchTheVectorPass() {
      assertFindings(
          withScore(
              "cvss_v3",
              """
              {"version": "3.1", "vectorString": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
               "baseScore": 9.8, "baseSeverity": "CRITICAL",
               "attackVector": "NETWORK", "attackComplexity": "LOW", "privilegesRequired": "NONE",
               "userInteraction": "NONE", "scope": "UNCHANGED", "confidentialityImpact": "HIGH",
               "integrityImpact": "HIGH", "availabilityImpact": "HIGH",
               "exploitCodeMaturity": "NOT_DEFINED", "modifiedScope": "NOT_DEFINED"}
              """));
    }
  }

  @Nested
  class Cwe6111 {
    @Test
    void theSpecificationsExampleFailsOnTheName() {
      assertFindings(
          withVulnerabilities(
              "[{\"cwe\": {\"id\": \"CWE-79\", \"name\": \"Improper Input Validation\"}}]"),
          "6.1.11 /vulnerabilities/0/cwe/name");
    }

    @Test
    void anUnknownCweFails() {
      assertFindings(
          withVulnerabilities("[{\"cwe\": {\"id\": \"CWE-999999\", \"name\": \"Made up\"}}]"),
          "6.1.11 /vulnerabilities/0/cwe/id");
    }

    @Test
    void aCweWithItsOfficialNamePasses() {
      assertFindings(
          withVulnerabilities(
              """
              [{"cwe": {"id": "CWE-79", "name":
                "Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')"}},
               {"cwe": {"id": "CWE-20", "name": "Improper Input Validation"}}]
              """));
      assertTrue(CweCatalogue.size() > 900, "the whole CWE list is bundled");
    }
  }

  @Nested
  class Language6112 {
    private ObjectNode withLanguages(String lang, String sourceLang) {
      ObjectNode document = minimal();
      ObjectNode meta = (ObjectNode) document.get("document");
      meta.put("lang", lang);
      if (sourceLang != null) {
        meta.put("source_lang", sourceLang);
      }
      return document;
    }

    @Test
    void aRegionInsteadOfALanguageFails() {
      assertFindings(withLanguages("EZ", null), "6.1.12 /document/lang");
    }

    @Test
    void anUnknownRegionOrAReservedLanguageFails() {
      assertFindings(
          withLanguages("de-YY", "en-JJ"), "6.1.12 /document/lang", "6.1.12 /document/source_lang");
      assertFindings(withLanguages("abcd", null), "6.1.12 /document/lang");
    }

    @Test
    void existingLanguageTagsPass() {
      assertFindings(withLanguages("en-US", "de"));
      assertFindings(withLanguages("sr-Latn-RS", "zh-Hant-TW"));
      assertFindings(withLanguages("gsw", "es-419"));
      assertFindings(withLanguages("i-default", "x-private"));
    }
  }

  @Nested
  class Purl6113 {
    @Test
    void aPurlWithoutANameFails() {
      assertFindings(
          with(
              """
              {"full_product_names": [{"name": "Product A", "product_id": "CSAFPID-0001",
                "product_identification_helper": {"purl": "pkg:maven/@1.3.4"}}]}
              """,
              null),
          "6.1.13 /product_tree/full_product_names/0/product_identification_helper/purl");
    }

    @Test
    void anInvalidPurlInANestedBranchFails() {
      assertFindings(
          with(NESTED_BRANCHES.formatted("pkg:npm/@1.0", "CSAFPID-0002"), null),
          "6.1.13 /product_tree/branches/0/branches/0/branches/0/product/"
              + "product_identification_helper/purl");
    }

    @Test
    void validPurlsPass() {
      assertFindings(
          with(
              """
              {"full_product_names": [{"name": "log4j", "product_id": "CSAFPID-0001",
                "product_identification_helper": {
                  "purl": "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"}}]}
              """,
              null));
      assertFindings(
          with(NESTED_BRANCHES.formatted("pkg:npm/%40angular/core@16.0.0", "CSAFPID-0002"), null));
    }
  }

  private static ObjectNode withHistory(String status, String version, String history) {
    ObjectNode document = minimal();
    ObjectNode tracking = (ObjectNode) document.get("document").get("tracking");
    tracking.put("status", status);
    tracking.put("version", version);
    tracking.set("revision_history", json(history));
    return document;
  }

  @Nested
  class SortedRevisionHistory6114 {
    @Test
    void theSpecificationsExampleFails() {
      assertFindings(
          withHistory(
              "final",
              "1",
              """
              [{"date": "2021-07-22T10:00:00.000Z", "number": "2", "summary": "Second version."},
               {"date": "2021-07-23T10:00:00.000Z", "number": "1", "summary": "Initial version."}]
              """),
          "6.1.14 /document/tracking/revision_history/1/number");
    }

    @Test
    void semanticVersionsAreComparedAsVersionsNotText() {
      assertFindings(
          withHistory(
              "final",
              "1.9.0",
              """
              [{"date": "2021-07-21T10:00:00.000Z", "number": "1.10.0", "summary": "Tenth."},
               {"date": "2021-07-22T10:00:00.000Z", "number": "1.9.0", "summary": "Ninth."}]
              """),
          "6.1.14 /document/tracking/revision_history/1/number");
    }

    @Test
    void aHistoryInDateOrderPassesInWhateverOrderItIsWritten() {
      assertFindings(
          withHistory(
              "final",
              "10",
              """
              [{"date": "2021-07-23T10:00:00+02:00", "number": "10", "summary": "Tenth."},
               {"date": "2021-07-21T10:00:00.000Z", "number": "9", "summary": "Ninth."}]
              """));
    }
  }

  @Nested
  class Translator6115 {
    private ObjectNode translated(String sourceLang) {
      ObjectNode document = minimal();
      ObjectNode meta = (ObjectNode) document.get("document");
      ((ObjectNode) meta.get("publisher")).put("category", "translator");
      if (sourceLang != null) {
        meta.put("source_lang", sourceLang);
      }
      return document;
    }

    @Test
    void aTranslationWithoutSourceLanguageFails() {
      assertFindings(translated(null), "6.1.15 /document/source_lang");
    }

    @Test
    void aTranslationWithSourceLanguagePasses() {
      assertFindings(translated("de"));
    }
  }

  @Nested
  class LatestDocumentVersion6116 {
    private static final String TWO =
        """
        [{"date": "2021-07-21T09:00:00.000Z", "number": "%s", "summary": "Initial version."},
         {"date": "2021-07-21T10:00:00.000Z", "number": "%s", "summary": "Second version."}]
        """;

    @Test
    void theSpecificationsExampleFails() {
      assertFindings(
          withHistory("final", "1", TWO.formatted("1", "2")), "6.1.16 /document/tracking/version");
    }

    @Test
    void aPreReleaseOfAFinalDocumentFails() {
      assertFindings(
          withHistory("final", "2.0.0-rc.1", TWO.formatted("1.0.0", "2.0.0")),
          "6.1.16 /document/tracking/version");
    }

    @Test
    void theLatestVersionPassesBuildMetadataAndADraftsPreReleaseIgnored() {
      assertFindings(withHistory("final", "2", TWO.formatted("1", "2")));
      assertFindings(withHistory("final", "2.0.0+build.7", TWO.formatted("1.0.0", "2.0.0")));
      assertFindings(withHistory("draft", "2.0.0-rc.1", TWO.formatted("1.0.0", "2.0.0")));
    }
  }
}
