package org.scrmportal.advisory.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scrmportal.advisory.validation.OptionalInformativeDocs.doc;
import static org.scrmportal.advisory.validation.OptionalInformativeDocs.pointers;
import static org.scrmportal.advisory.validation.OptionalInformativeDocs.without;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The informative tests 6.3, each on a document written from the specification. */
class InformativeTestsTest {

  private static CsafTest test(List<CsafTest> tests, String number) {
    return tests.stream().filter(t -> t.number().equals(number)).findFirst().orElseThrow();
  }

  @Test
  void listsEveryInformativeTestInOrderAsInformation() {
    List<String> numbers = InformativeTests.all().stream().map(CsafTest::number).toList();
    assertEquals(IntStream.rangeClosed(1, 11).mapToObj(i -> "6.3." + i).toList(), numbers);
    InformativeTests.all().forEach(t -> assertEquals(TestKind.INFORMATIVE, t.kind()));
    JsonNode noCve = doc("{'vulnerabilities': [{'title': 'BlueKeep'}]}");
    List<Finding> findings = new ArrayList<>();
    InformativeTests.all().forEach(t -> findings.addAll(t.run(noCve)));
    Verdict verdict = new Verdict(findings);
    assertTrue(verdict.valid());
    assertTrue(verdict.warnings().isEmpty());
    assertEquals(findings, verdict.information());
  }

  private static final String V2 =
      "'cvss_v2': {'baseScore': 10, 'vectorString': 'AV:N/AC:L/Au:N/C:C/I:C/A:C', 'version': '2.0'}";
  private static final String V31 =
      "'cvss_v3': {'baseScore': 10, 'baseSeverity': 'CRITICAL', 'vectorString':"
          + " 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 'version': '3.1'}";

  private static JsonNode scores(String... items) {
    return doc(
        "{'product_tree': {'full_product_names': [{'name': 'A', 'product_id': 'CSAFPID-1'}]},"
            + " 'vulnerabilities': [{'scores': ["
            + String.join(
                ",",
                Arrays.stream(items).map(i -> "{" + i + ", 'products': ['CSAFPID-1']}").toList())
            + "]}]}");
  }

  @Test
  void cvssV2AsTheOnlyScoringSystem_6_3_1() {
    assertEquals(
        List.of("/vulnerabilities/0/scores/1"), pointers("6.3.1", scores(V2 + "," + V31, V2)));
    assertEquals(List.of(), pointers("6.3.1", scores(V2 + "," + V31)));
    assertEquals(List.of(), pointers("6.3.1", scores(V31)));
  }

  @Test
  void cvssV30_6_3_2() {
    String v30 = V31.replace("3.1", "3.0");
    assertEquals(
        List.of(
            "/vulnerabilities/0/scores/0/cvss_v3/version",
            "/vulnerabilities/0/scores/0/cvss_v3/vectorString"),
        pointers("6.3.2", scores(v30)));
    assertEquals(List.of(), pointers("6.3.2", scores(V31)));
  }

  @Test
  void missingCveAndCwe_6_3_3_and_6_3_4() {
    JsonNode missing =
        doc(
            "{'vulnerabilities': [{'cve': 'CVE-2019-0708', 'cwe': {'id': 'CWE-284', 'name':"
                + " 'Improper Access Control'}}, {'title': 'BlueKeep'}]}");
    assertEquals(List.of("/vulnerabilities/1/cve"), pointers("6.3.3", missing));
    assertEquals(List.of("/vulnerabilities/1/cwe"), pointers("6.3.4", missing));
    JsonNode given =
        doc(
            "{'vulnerabilities': [{'cve': 'CVE-2019-0708', 'cwe': {'id': 'CWE-284', 'name':"
                + " 'Improper Access Control'}}]}");
    assertEquals(List.of(), pointers("6.3.3", given));
    assertEquals(List.of(), pointers("6.3.4", given));
  }

  @Test
  void shortHash_6_3_5() {
    JsonNode shortHash =
        doc(
            "{'product_tree': {'full_product_names': [{'name': 'A', 'product_id': 'CSAFPID-1',"
                + " 'product_identification_helper': {'hashes': [{'file_hashes': [{'algorithm':"
                + " 'sha256', 'value':"
                + " '0a2b4d6f8a1c3e5f7a9b0c2d4e6f8a1b3c5d7e9f0a2b4c6d8e0f1a3b5c7d9e1f'},"
                + " {'algorithm': 'md4', 'value': '3202b50e2e5b2fcd75e284c3d9d5f8d6'}],"
                + " 'filename': 'a.so'}]}}]}}");
    assertEquals(
        List.of(
            "/product_tree/full_product_names/0/product_identification_helper/hashes/0/file_hashes/1/value"),
        pointers("6.3.5", shortHash));
    assertEquals(List.of(), pointers("6.3.5", doc("{}")));
  }

  private static final JsonNode URLS =
      doc(
          "{'document': {'acknowledgments': [{'urls': ['https://ack.example.invalid']}],"
              + " 'references': [{'category': 'self', 'summary': 'Self.', 'url':"
              + " 'https://example.com/csaf/2024/example-2024-0001.json'}, {'summary': 'External.',"
              + " 'url': 'https://external.example.invalid'}]},"
              + " 'product_tree': {'branches': [{'branches': [{'category': 'product_name', 'name':"
              + " 'A', 'product': {'name': 'A', 'product_id': 'CSAFPID-1',"
              + " 'product_identification_helper': {'sbom_urls': ['https://sbom.example.invalid']}}}],"
              + " 'category': 'vendor', 'name': 'Example'}]},"
              + " 'vulnerabilities': [{'references': [{'category': 'self', 'summary': 'Self too.',"
              + " 'url': 'https://example.com/v'}], 'remediations': [{'category': 'vendor_fix',"
              + " 'details': 'Update.', 'product_ids': ['CSAFPID-1'], 'url':"
              + " 'https://fix.example.invalid'}]}]}");

  @Test
  void nonSelfUrlsFailingToResolve_6_3_6() {
    CsafTest failing = test(InformativeTests.all(url -> UrlResolver.Resolution.FAILS), "6.3.6");
    assertEquals(
        List.of(
            "/document/acknowledgments/0/urls/0",
            "/document/publisher/namespace",
            "/product_tree/branches/0/branches/0/product/product_identification_helper/sbom_urls/0",
            "/vulnerabilities/0/remediations/0/url",
            "/document/references/1/url"),
        pointers(failing, URLS));
    CsafTest resolving =
        test(InformativeTests.all(url -> UrlResolver.Resolution.RESOLVES), "6.3.6");
    assertEquals(List.of(), pointers(resolving, URLS));
    List<String> asked = new ArrayList<>();
    CsafTest offline = test(InformativeTests.all(), "6.3.6");
    assertEquals(List.of(), pointers(offline, URLS), "offline: unknown, no finding");
    CsafTest recording =
        test(
            InformativeTests.all(
                url -> {
                  asked.add(url);
                  return UrlResolver.Resolution.UNKNOWN;
                }),
            "6.3.6");
    assertEquals(List.of(), pointers(recording, URLS));
    assertEquals(5, asked.size(), asked.toString());
  }

  @Test
  void selfUrlsFailingToResolve_6_3_7() {
    CsafTest failing =
        test(
            InformativeTests.all(
                url -> UrlResolver.Resolution.ofStatus(url.endsWith("/v") ? 404 : 301)),
            "6.3.7");
    assertEquals(List.of("/vulnerabilities/0/references/0/url"), pointers(failing, URLS));
    assertEquals(List.of(), pointers(test(InformativeTests.all(), "6.3.7"), URLS));
    CsafTest allFail = test(InformativeTests.all(url -> UrlResolver.Resolution.FAILS), "6.3.7");
    assertEquals(
        List.of("/document/references/0/url", "/vulnerabilities/0/references/0/url"),
        pointers(allFail, URLS));
  }

  /** A stand-in for a dictionary: words that are not in a tiny list, or any with an underscore. */
  private static final CsafSpellChecker TINY =
      new CsafSpellChecker() {
        private final Set<String> words =
            Set.of(
                "security",
                "researchers",
                "found",
                "multiple",
                "vulnerabilities",
                "in",
                "xyz",
                "the",
                "canonical",
                "url");

        @Override
        public boolean supports(String language) {
          return language.equals("en");
        }

        @Override
        public List<String> misspellings(String language, String text) {
          if (text.contains("_")) {
            return List.of(text);
          }
          return Arrays.stream(text.toLowerCase().split("[^a-z]+"))
              .filter(w -> !w.isEmpty() && !words.contains(w))
              .toList();
        }
      };

  @Test
  void spellCheck_6_3_8() {
    CsafTest offline = test(InformativeTests.all(), "6.3.8");
    assertEquals(
        List.of(), pointers(offline, without("{}", "/document/lang")), "skipped without lang");
    assertEquals(
        List.of("/document/lang"), pointers(offline, doc("{}")), "no dictionary: unsupported");

    CsafTest withDictionary = test(InformativeTests.all(UrlResolver.OFFLINE, TINY), "6.3.8");
    String notes =
        "'notes': [{'category': 'summary', 'text': '%s'}], 'publisher': {'name': 'Xyz'},"
            + " 'title': 'Security', 'tracking': {'revision_history': [{'date': '2024-01-01T10:00:00.000Z',"
            + " 'number': '1', 'summary': 'Found'}]}";
    JsonNode typo =
        doc(
            "{'document': {"
                + notes.formatted("Secruity researchers found multiple vulnerabilities in XYZ.")
                + "}}");
    assertEquals(
        List.of("/document/notes/0/text", "/document/category"), pointers(withDictionary, typo));
    JsonNode advisory =
        doc(
            "{'document': {'category': 'csaf_security_advisory', "
                + notes.formatted("Security researchers found multiple vulnerabilities in XYZ.")
                + "}}");
    assertEquals(
        List.of(), pointers(withDictionary, advisory), "category checked for CSAF Base only");
    assertEquals(
        List.of("/document/lang"),
        pointers(
            withDictionary,
            doc("{'document': {'lang': 'de', " + notes.formatted("Security") + "}}")));
  }

  private static JsonNode branches(String... categoriesAndNames) {
    StringBuilder json = new StringBuilder();
    for (int i = 0; i < categoriesAndNames.length; i += 2) {
      json.append("{'category': '")
          .append(categoriesAndNames[i])
          .append("', 'name': '")
          .append(categoriesAndNames[i + 1])
          .append("', ");
      json.append(
          i + 2 < categoriesAndNames.length
              ? "'branches': ["
              : "'product': {'name': 'P', 'product_id': 'CSAFPID-1'}");
    }
    for (int i = 0; i < categoriesAndNames.length; i += 2) {
      json.append(i == 0 ? "}" : "]}");
    }
    return doc("{'product_tree': {'branches': [" + json + "]}}");
  }

  @Test
  void branchCategories_6_3_9() {
    assertEquals(
        List.of("/product_tree/branches/0/branches/0/branches/0/product"),
        pointers("6.3.9", branches("vendor", "Example", "product_name", "A", "patch_level", "91")));
    assertEquals(
        List.of("/product_tree/branches/0/branches/0/branches/0/product"),
        pointers(
            "6.3.9", branches("product_name", "A", "vendor", "Example", "product_version", "1")),
        "wrong order");
    assertEquals(
        List.of(),
        pointers(
            "6.3.9", branches("vendor", "Example", "product_name", "A", "product_version", "1")));
    assertEquals(
        List.of(),
        pointers(
            "6.3.9",
            branches(
                "vendor",
                "Example",
                "product_family",
                "F",
                "product_name",
                "A",
                "architecture",
                "x86",
                "product_version",
                "1",
                "patch_level",
                "2")));
  }

  @Test
  void productVersionRange_6_3_10() {
    assertEquals(
        List.of("/product_tree/branches/0/branches/0/branches/0/category"),
        pointers(
            "6.3.10",
            branches(
                "vendor",
                "Example",
                "product_name",
                "A",
                "product_version_range",
                "vers:generic/>1")));
    assertEquals(
        List.of(),
        pointers(
            "6.3.10", branches("vendor", "Example", "product_name", "A", "product_version", "1")));
  }

  @Test
  void vAsVersionIndicator_6_3_11() {
    assertEquals(
        List.of("/product_tree/branches/0/branches/0/branches/0/name"),
        pointers(
            "6.3.11",
            branches("vendor", "Example", "product_name", "A", "product_version", "v4.2")));
    assertEquals(
        List.of("/product_tree/branches/0/branches/0/branches/0/name"),
        pointers(
            "6.3.11", branches("vendor", "Example", "product_name", "A", "product_version", "V4")));
    assertEquals(
        List.of(),
        pointers(
            "6.3.11",
            branches("vendor", "Example", "product_name", "A", "product_version", "4.2")));
    assertEquals(
        List.of(),
        pointers(
            "6.3.11",
            branches("vendor", "Example", "product_name", "vA", "product_version", "version 4")));
  }
}
