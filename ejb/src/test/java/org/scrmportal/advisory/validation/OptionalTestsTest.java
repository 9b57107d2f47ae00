package org.scrmportal.advisory.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scrmportal.advisory.validation.OptionalInformativeDocs.doc;
import static org.scrmportal.advisory.validation.OptionalInformativeDocs.pointers;
import static org.scrmportal.advisory.validation.OptionalInformativeDocs.raw;
import static org.scrmportal.advisory.validation.OptionalInformativeDocs.without;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The optional tests 6.2, each on a document written from the specification to fail and pass it.
 */
class OptionalTestsTest {

  private static final String PRODUCT_A =
      "{'product_tree': {'full_product_names': [{'name': 'Product A', 'product_id': 'CSAFPID-1',"
          + " 'product_identification_helper': {'cpe': 'cpe:2.3:a:example:a:1.0:*:*:*:*:*:*:*'}}]},";

  private static final String CVSS31 =
      "'cvss_v3': {'baseScore': 6.5, 'baseSeverity': 'MEDIUM', 'version': '3.1',"
          + " 'vectorString': 'CVSS:3.1/AV:L/AC:L/PR:H/UI:R/S:U/C:H/I:H/A:H'";

  private static String withProductA(String vulnerabilities) {
    return PRODUCT_A + "'vulnerabilities': " + vulnerabilities + "}";
  }

  @Test
  void listsEveryOptionalTestInOrderAsWarnings() {
    List<String> numbers = OptionalTests.all().stream().map(CsafTest::number).toList();
    assertEquals(IntStream.rangeClosed(1, 20).mapToObj(i -> "6.2." + i).toList(), numbers);
    OptionalTests.all().forEach(t -> assertEquals(TestKind.OPTIONAL, t.kind()));
  }

  @Test
  void aCleanDocumentPassesEveryOptionalTest() {
    JsonNode clean =
        doc(
            withProductA(
                "[{'cve': 'CVE-2024-0001', 'product_status': {'known_affected': ['CSAFPID-1']},"
                    + " 'remediations': [{'category': 'vendor_fix', 'details': 'Update.',"
                    + " 'product_ids': ['CSAFPID-1']}],"
                    + " 'scores': [{"
                    + CVSS31
                    + "}, 'products': ['CSAFPID-1']}]}]"));
    List<Finding> findings = new ArrayList<>();
    OptionalTests.all().forEach(t -> findings.addAll(t.run(clean)));
    assertEquals(List.of(), findings);
    JsonNode unused =
        doc("{'product_tree': {'full_product_names': [{'name': 'A', 'product_id': 'CSAFPID-1'}]}}");
    List<Finding> warnings = new ArrayList<>();
    OptionalTests.all().forEach(t -> warnings.addAll(t.run(unused)));
    Verdict verdict = new Verdict(warnings);
    assertTrue(verdict.valid(), "a warning never rejects");
    assertEquals(
        List.of("6.2.1", "6.2.16"), verdict.warnings().stream().map(Finding::test).toList());
  }

  @Test
  void unusedProductId_6_2_1() {
    String unused =
        "{'product_tree': {'branches': [{'category': 'vendor', 'name': 'Example', 'product':"
            + " {'name': 'Example B', 'product_id': 'CSAFPID-2'}}],"
            + " 'full_product_names': [{'name': 'Product A', 'product_id': 'CSAFPID-1'}],"
            + " 'relationships': [{'category': 'installed_on', 'full_product_name': {'name': 'A on B',"
            + " 'product_id': 'CSAFPID-3'}, 'product_reference': 'CSAFPID-1',"
            + " 'relates_to_product_reference': 'CSAFPID-2'}]}}";
    assertEquals(
        List.of("/product_tree/relationships/0/full_product_name/product_id"),
        pointers("6.2.1", doc(unused)));
    assertEquals(
        List.of(
            "/product_tree/branches/0/product/product_id",
            "/product_tree/full_product_names/0/product_id"),
        pointers(
            "6.2.1",
            doc(
                "{'product_tree': {'branches': [{'category': 'vendor', 'name': 'Example', 'product':"
                    + " {'name': 'Example B', 'product_id': 'CSAFPID-2'}}],"
                    + " 'full_product_names': [{'name': 'Product A', 'product_id': 'CSAFPID-1'}]}}")));
    String used =
        unused.substring(0, unused.length() - 1)
            + ", 'vulnerabilities': [{'product_status': {'fixed': ['CSAFPID-3']}}]}";
    assertEquals(List.of(), pointers("6.2.1", doc(used)));
    String informational =
        unused.substring(0, unused.length() - 1)
            + ", 'document': {'category': 'csaf_informational_advisory'}}";
    assertEquals(List.of(), pointers("6.2.1", doc(informational)), "skipped for the profile");
  }

  @Test
  void missingRemediation_6_2_2() {
    JsonNode missing =
        doc(
            withProductA(
                "[{'product_status': {'last_affected': ['CSAFPID-1'],"
                    + " 'under_investigation': ['CSAFPID-1']}}]"));
    assertEquals(
        List.of(
            "/vulnerabilities/0/product_status/last_affected/0",
            "/vulnerabilities/0/product_status/under_investigation/0"),
        pointers("6.2.2", missing));
    JsonNode throughGroup =
        doc(
            "{'product_tree': {'full_product_names': [{'name': 'A', 'product_id': 'CSAFPID-1'}],"
                + " 'product_groups': [{'group_id': 'CSAFGID-1', 'product_ids': ['CSAFPID-1', 'CSAFPID-9']}]},"
                + " 'vulnerabilities': [{'product_status': {'known_affected': ['CSAFPID-1']},"
                + " 'remediations': [{'category': 'none_available', 'details': 'None yet.',"
                + " 'group_ids': ['CSAFGID-1']}]}]}");
    assertEquals(List.of(), pointers("6.2.2", throughGroup));
    JsonNode fixedOnly = doc(withProductA("[{'product_status': {'fixed': ['CSAFPID-1']}}]"));
    assertEquals(List.of(), pointers("6.2.2", fixedOnly), "fixed needs no remediation");
  }

  @Test
  void missingScore_6_2_3() {
    JsonNode missing = doc(withProductA("[{'product_status': {'first_affected': ['CSAFPID-1']}}]"));
    assertEquals(
        List.of("/vulnerabilities/0/product_status/first_affected/0"), pointers("6.2.3", missing));
    JsonNode scored =
        doc(
            withProductA(
                "[{'product_status': {'first_affected': ['CSAFPID-1']}, 'scores': [{"
                    + CVSS31
                    + "}, 'products': ['CSAFPID-1']}]}]"));
    assertEquals(List.of(), pointers("6.2.3", scored));
  }

  @Test
  void buildMetadataInRevisionHistory_6_2_4() {
    JsonNode build =
        doc(
            "{'document': {'tracking': {'current_release_date': '2021-04-23T10:00:00.000Z',"
                + " 'initial_release_date': '2021-04-23T10:00:00.000Z', 'revision_history':"
                + " [{'date': '2021-04-23T10:00:00.000Z', 'number': '1.0.0+exp.sha.ac00785',"
                + " 'summary': 'Initial version.'}], 'version': '1.0.0'}}}");
    assertEquals(List.of("/document/tracking/revision_history/0/number"), pointers("6.2.4", build));
    JsonNode plain =
        doc(
            "{'document': {'tracking': {'revision_history': [{'date': '2024-01-01T10:00:00.000Z',"
                + " 'number': '1.0.0-rc.1', 'summary': 'Initial version.'}]}}}");
    assertEquals(List.of(), pointers("6.2.4", plain));
  }

  @Test
  void olderInitialReleaseDate_6_2_5() {
    String history =
        " 'revision_history': [{'date': '2021-05-06T10:00:00.000Z', 'number': '1', 'summary': 'One.'},"
            + " {'date': '2021-07-21T11:00:00.000Z', 'number': '2', 'summary': 'Two.'}]";
    JsonNode older =
        doc(
            "{'document': {'tracking': {'current_release_date': '2021-07-21T11:00:00.000Z',"
                + " 'initial_release_date': '2021-04-22T10:00:00.000Z',"
                + history
                + "}}}");
    assertEquals(List.of("/document/tracking/initial_release_date"), pointers("6.2.5", older));
    JsonNode sameInstant =
        doc(
            "{'document': {'tracking': {'current_release_date': '2021-07-21T11:00:00.000Z',"
                + " 'initial_release_date': '2021-05-06T12:00:00+02:00',"
                + history
                + "}}}");
    assertEquals(List.of(), pointers("6.2.5", sameInstant));
  }

  @Test
  void olderCurrentReleaseDate_6_2_6() {
    String history =
        " 'revision_history': [{'date': '2021-05-06T10:00:00.000Z', 'number': '1', 'summary': 'One.'},"
            + " {'date': '2021-07-21T11:00:00.000Z', 'number': '2', 'summary': 'Two.'}]";
    JsonNode older =
        doc(
            "{'document': {'tracking': {'current_release_date': '2021-05-06T10:00:00.000Z',"
                + " 'initial_release_date': '2021-05-06T10:00:00.000Z',"
                + history
                + "}}}");
    assertEquals(List.of("/document/tracking/current_release_date"), pointers("6.2.6", older));
    JsonNode newer =
        doc(
            "{'document': {'tracking': {'current_release_date': '2021-07-22T00:00:00.000Z',"
                + " 'initial_release_date': '2021-05-06T10:00:00.000Z',"
                + history
                + "}}}");
    assertEquals(List.of(), pointers("6.2.6", newer));
  }

  @Test
  void missingDateInInvolvements_6_2_7() {
    JsonNode missing =
        doc(
            "{'vulnerabilities': [{'involvements': [{'date': '2024-01-01T10:00:00.000Z',"
                + " 'party': 'coordinator', 'status': 'completed'},"
                + " {'party': 'vendor', 'status': 'in_progress'}]}]}");
    assertEquals(List.of("/vulnerabilities/0/involvements/1"), pointers("6.2.7", missing));
    JsonNode dated =
        doc(
            "{'vulnerabilities': [{'involvements': [{'date': '2024-01-01T10:00:00.000Z',"
                + " 'party': 'vendor', 'status': 'in_progress'}]}]}");
    assertEquals(List.of(), pointers("6.2.7", dated));
  }

  private static JsonNode hashes(String fileHashes) {
    return doc(
        "{'product_tree': {'branches': [{'category': 'vendor', 'name': 'Example', 'product':"
            + " {'name': 'Example A', 'product_id': 'CSAFPID-1', 'product_identification_helper':"
            + " {'hashes': [{'file_hashes': ["
            + fileHashes
            + "], 'filename': 'a.so'}]}}}]}}");
  }

  private static final String MD5 =
      "{'algorithm': 'md5', 'value': '6ae24620ea9656230f49234efd078935'}";
  private static final String SHA1 =
      "{'algorithm': 'sha1', 'value': 'e067035314dd8673fe1c9fc6b01414fe0950fdc4'}";
  private static final String SHA256 =
      "{'algorithm': 'sha256', 'value':"
          + " '0a2b4d6f8a1c3e5f7a9b0c2d4e6f8a1b3c5d7e9f0a2b4c6d8e0f1a3b5c7d9e1f'}";
  private static final String HASH_POINTER =
      "/product_tree/branches/0/product/product_identification_helper/hashes/0/file_hashes";

  @Test
  void md5AsTheOnlyHashAlgorithm_6_2_8() {
    assertEquals(List.of(HASH_POINTER), pointers("6.2.8", hashes(MD5)));
    assertEquals(List.of(HASH_POINTER), pointers("6.2.8", hashes(MD5 + "," + MD5)));
    assertEquals(List.of(), pointers("6.2.8", hashes(MD5 + "," + SHA256)));
    assertEquals(List.of(), pointers("6.2.8", hashes(SHA1)));
  }

  @Test
  void sha1AsTheOnlyHashAlgorithm_6_2_9() {
    assertEquals(List.of(HASH_POINTER), pointers("6.2.9", hashes(SHA1)));
    assertEquals(List.of(), pointers("6.2.9", hashes(SHA1 + "," + SHA256)));
    assertEquals(List.of(), pointers("6.2.9", hashes(MD5)));
  }

  @Test
  void missingTlpLabel_6_2_10() {
    JsonNode missing =
        without(
            "{'document': {'distribution': {'text': 'Distribute freely.'}}}",
            "/document/distribution/tlp");
    assertEquals(List.of("/document/distribution/tlp/label"), pointers("6.2.10", missing));
    assertEquals(
        List.of("/document/distribution/tlp/label"),
        pointers("6.2.10", without("{}", "/document/distribution")));
    assertEquals(
        List.of(),
        pointers("6.2.10", doc("{'document': {'distribution': {'tlp': {'label': 'AMBER'}}}}")));
  }

  @Test
  void missingCanonicalUrl_6_2_11() {
    String nonCanonical =
        "{'document': {'references': [{'category': 'self', 'summary': 'Not canonical.', 'url':"
            + " 'https://example.com/csaf/2024/EXAMPLE-2024-0001_1.json'}]}}";
    assertEquals(List.of("/document/references"), pointers("6.2.11", doc(nonCanonical)));
    String plainHttp =
        "{'document': {'references': [{'category': 'self', 'summary': 'Plain HTTP.', 'url':"
            + " 'http://example.com/csaf/2024/example-2024-0001.json'}]}}";
    assertEquals(List.of("/document/references"), pointers("6.2.11", doc(plainHttp)));
    String external =
        "{'document': {'references': [{'category': 'external', 'summary': 'Not self.', 'url':"
            + " 'https://example.com/csaf/2024/example-2024-0001.json'}]}}";
    assertEquals(List.of("/document/references"), pointers("6.2.11", doc(external)));
    assertEquals(
        List.of("/document/references"), pointers("6.2.11", without("{}", "/document/references")));
    assertEquals(List.of(), pointers("6.2.11", doc("{}")));
    String replaced =
        "{'document': {'references': [{'category': 'self', 'summary': 'Canonical.', 'url':"
            + " 'https://example.com/2022_01-a.json'}], 'tracking': {'id': '2022_#01-A'}}}";
    assertEquals(List.of(), pointers("6.2.11", doc(replaced)), "section 5.1 file name rules");
  }

  @Test
  void missingDocumentLanguage_6_2_12() {
    assertEquals(List.of("/document/lang"), pointers("6.2.12", without("{}", "/document/lang")));
    assertEquals(List.of(), pointers("6.2.12", doc("{'document': {'lang': 'de'}}")));
  }

  @Test
  void sorting_6_2_13() {
    JsonNode unsorted =
        raw(
            OptionalInformativeDocs.BASE
                .replace("'category': 'csaf_base',\n", "")
                .replace(
                    "'csaf_version': '2.0',", "'csaf_version': '2.0', 'category': 'csaf_base',"));
    assertEquals(List.of("/document/category"), pointers("6.2.13", unsorted));
    JsonNode nested =
        raw(
            "{'document': {'category': 'csaf_base', 'csaf_version': '2.0'}, 'vulnerabilities':"
                + " [{'scores': [{'products': ['CSAFPID-1'], 'cvss_v3': {'version': '3.1',"
                + " 'baseScore': 1.0}}]}]}");
    assertEquals(List.of("/vulnerabilities/0/scores/0/cvss_v3"), pointers("6.2.13", nested));
    assertTrue(
        OptionalTests.all().get(12).run(nested).get(0).message().contains("2 keys"),
        "one finding counts every misplaced key");
    assertEquals(List.of(), pointers("6.2.13", raw(OptionalInformativeDocs.BASE)));
    assertEquals(
        List.of(),
        pointers(
            "6.2.13", raw("{'a': 1, 'a_b': 2, 'ab': 3, 'b': {'file_hashes': 1, 'filename': 2}}")));
  }

  @Test
  void privateLanguage_6_2_14() {
    for (String tag :
        List.of(
            "qtx",
            "qaa",
            "en-QM",
            "en-XP",
            "en-Qabc",
            "en-AA",
            "fr-ZZ",
            "x-klingon",
            "de-CH-x-phonebk",
            "de-u-co-phonebk-x-a")) {
      assertEquals(
          List.of("/document/lang"),
          pointers("6.2.14", doc("{'document': {'lang': '" + tag + "'}}")),
          tag);
    }
    assertEquals(
        List.of("/document/source_lang"),
        pointers("6.2.14", doc("{'document': {'lang': 'en', 'source_lang': 'qcb'}}")));
    for (String tag :
        List.of(
            "en-US",
            "de-DE",
            "zh-Hant-TW",
            "qu",
            "en-419",
            "sl-rozaj",
            "es-Qaby-ES",
            "en-u-co-qm")) {
      assertEquals(
          List.of(), pointers("6.2.14", doc("{'document': {'lang': '" + tag + "'}}")), tag);
    }
  }

  @Test
  void defaultLanguage_6_2_15() {
    assertEquals(
        List.of("/document/lang", "/document/source_lang"),
        pointers("6.2.15", doc("{'document': {'lang': 'i-default', 'source_lang': 'I-Default'}}")));
    assertEquals(
        List.of(), pointers("6.2.15", doc("{'document': {'lang': 'en', 'source_lang': 'de'}}")));
  }

  @Test
  void missingProductIdentificationHelper_6_2_16() {
    JsonNode missing =
        doc(
            "{'product_tree': {'full_product_names': [{'name': 'A', 'product_id': 'CSAFPID-1'}],"
                + " 'relationships': [{'category': 'installed_on', 'full_product_name': {'name':"
                + " 'A on A', 'product_id': 'CSAFPID-2'}, 'product_reference': 'CSAFPID-1',"
                + " 'relates_to_product_reference': 'CSAFPID-1'}]}}");
    assertEquals(
        List.of(
            "/product_tree/full_product_names/0",
            "/product_tree/relationships/0/full_product_name"),
        pointers("6.2.16", missing));
    JsonNode helped =
        doc(
            "{'product_tree': {'full_product_names': [{'name': 'A', 'product_id': 'CSAFPID-1',"
                + " 'product_identification_helper': {'serial_numbers': ['1234']}}]}}");
    assertEquals(List.of(), pointers("6.2.16", helped));
  }

  @Test
  void cveInIds_6_2_17() {
    JsonNode cve =
        doc(
            "{'vulnerabilities': [{'ids': [{'system_name': 'GitHub', 'text': 'GHSA-jfh8-c2jp-5v3q'},"
                + " {'system_name': 'CVE Project', 'text': 'CVE-2021-44228'}]}]}");
    assertEquals(List.of("/vulnerabilities/0/ids/1"), pointers("6.2.17", cve));
    JsonNode other =
        doc(
            "{'vulnerabilities': [{'cve': 'CVE-2021-44228', 'ids': [{'system_name': 'Example',"
                + " 'text': 'CVE-2021-44228-EXAMPLE'}]}]}");
    assertEquals(List.of(), pointers("6.2.17", other));
  }

  private static JsonNode branch(String category, String name) {
    return doc(
        "{'product_tree': {'branches': [{'branches': [{'branches': [{'category': '"
            + category
            + "', 'name': '"
            + name
            + "', 'product': {'name': 'Example A', 'product_id': 'CSAFPID-1'}}], 'category':"
            + " 'product_name', 'name': 'A'}], 'category': 'vendor', 'name': 'Example'}]}}");
  }

  @Test
  void productVersionRangeWithoutVers_6_2_18() {
    assertEquals(
        List.of("/product_tree/branches/0/branches/0/branches/0/name"),
        pointers("6.2.18", branch("product_version_range", ">4.2")));
    assertEquals(
        List.of(), pointers("6.2.18", branch("product_version_range", "vers:generic/>4.2")));
    assertEquals(List.of(), pointers("6.2.18", branch("product_version", "4.2")));
  }

  private static JsonNode fixedWithScore(String status, String score) {
    return doc(
        withProductA(
            "[{'product_status': {'"
                + status
                + "': ['CSAFPID-1']}, 'scores': [{"
                + score
                + ", 'products': ['CSAFPID-1']}]}]"));
  }

  @Test
  void cvssForFixedProducts_6_2_19() {
    String fixed = "/vulnerabilities/0/product_status/fixed/0";
    assertEquals(List.of(fixed), pointers("6.2.19", fixedWithScore("fixed", CVSS31 + "}")));
    assertEquals(
        List.of("/vulnerabilities/0/product_status/first_fixed/0"),
        pointers(
            "6.2.19",
            fixedWithScore("first_fixed", CVSS31 + ", 'modifiedIntegrityImpact': 'NONE'}")));
    String v2 =
        "'cvss_v2': {'baseScore': 6.8, 'vectorString': 'AV:A/AC:L/Au:N/C:P/I:N/A:C', 'version': '2.0'";
    assertEquals(
        List.of(fixed),
        pointers("6.2.19", fixedWithScore("fixed", v2 + ", 'targetDistribution': 'LOW'}")));
    assertEquals(List.of(fixed), pointers("6.2.19", fixedWithScore("fixed", v2 + "}")));

    String v31Zero =
        "'cvss_v3': {'baseScore': 6.5, 'baseSeverity': 'MEDIUM', 'version': '3.1', 'vectorString':"
            + " 'CVSS:3.1/AV:L/AC:L/PR:H/UI:R/S:C/C:H/I:H/A:H/MC:N/MI:N/MA:N'}";
    assertEquals(List.of(), pointers("6.2.19", fixedWithScore("fixed", v31Zero)));
    String v30ByProperties =
        CVSS31.replace("3.1", "3.0")
            + ", 'modifiedAvailabilityImpact': 'NONE', 'modifiedConfidentialityImpact': 'NONE',"
            + " 'modifiedIntegrityImpact': 'NONE'}";
    assertEquals(List.of(), pointers("6.2.19", fixedWithScore("first_fixed", v30ByProperties)));
    assertEquals(
        List.of(),
        pointers("6.2.19", fixedWithScore("fixed", CVSS31 + ", 'environmentalScore': 0}")));
    assertEquals(
        List.of(),
        pointers("6.2.19", fixedWithScore("fixed", v2 + ", 'targetDistribution': 'NONE'}")));
    assertEquals(
        List.of(),
        pointers("6.2.19", fixedWithScore("fixed", v2.replace("A:C'", "A:C/CDP:H/TD:N'") + "}")));
    assertEquals(
        List.of(), pointers("6.2.19", fixedWithScore("known_affected", CVSS31 + "}")), "not fixed");
  }

  @Test
  void additionalProperties_6_2_20() {
    JsonNode extra =
        doc(
            withProductA(
                    "[{'scores': [{"
                        + CVSS31
                        + ", 'x_custom': 1}, 'products': ['CSAFPID-1']}], 'x~y/z': true}]")
                .replace(
                    "'product_tree': {",
                    "'document': {'custom_property': 'any'}, 'product_tree': {"));
    assertEquals(
        List.of(
            "/document/custom_property",
            "/vulnerabilities/0/scores/0/cvss_v3/x_custom",
            "/vulnerabilities/0/x~0y~1z"),
        pointers("6.2.20", extra));
    JsonNode allDefined =
        doc(
            withProductA(
                "[{'cve': 'CVE-2024-0001', 'cwe': {'id': 'CWE-79', 'name': 'XSS'}, 'scores': [{"
                    + CVSS31.replace("3.1", "3.0")
                    + ", 'environmentalScore': 0, 'modifiedScope': 'CHANGED'},"
                    + " 'cvss_v2': {'baseScore': 6.8, 'collateralDamagePotential': 'LOW',"
                    + " 'vectorString': 'AV:A/AC:L/Au:N/C:P/I:N/A:C', 'version': '2.0'},"
                    + " 'products': ['CSAFPID-1']}]}]"));
    assertEquals(List.of(), pointers("6.2.20", allDefined));
  }
}
