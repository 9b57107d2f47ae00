package org.scrmportal.advisory.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The official test documents of the OASIS CSAF TC for the tests 6.1.17 to 6.1.33 (copies in {@code
 * src/test/resources/csaf/oasis-tests/}, listed in its {@code testcases.json}): each document
 * listed as failing a test fails it, each listed as valid passes it.
 */
class OasisMandatoryContinuedTest {

  private static final String FOLDER = "/csaf/oasis-tests/";

  private static final Map<String, CsafTest> TESTS =
      MandatoryTestsContinued.all().stream()
          .collect(Collectors.toMap(CsafTest::number, Function.identity()));

  /** (test number, file name, whether the document is valid) of every listed case of ours. */
  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (JsonNode test : CsafTestDocuments.resource(FOLDER + "testcases.json").path("tests")) {
      String number = test.path("id").asText();
      if (!TESTS.containsKey(number)) {
        continue;
      }
      for (String list : List.of("failures", "valid")) {
        for (JsonNode document : test.path(list)) {
          String name = document.path("name").asText();
          cases.add(
              Arguments.of(
                  number,
                  name.substring(name.lastIndexOf('/') + 1),
                  document.path("valid").asBoolean()));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1} valid={2}")
  @MethodSource("cases")
  void documentFailsOrPassesItsTest(String number, String file, boolean valid) {
    JsonNode document = CsafTestDocuments.resource(FOLDER + file);
    List<Finding> findings = TESTS.get(number).run(document);
    if (valid) {
      assertEquals(List.of(), findings);
    } else {
      assertFalse(findings.isEmpty(), file + " must fail " + number);
      for (Finding finding : findings) {
        assertEquals(number, finding.test());
        assertTrue(finding.path().isEmpty() || finding.path().startsWith("/"), finding.path());
      }
    }
  }

  @Test
  void everyTestOfTheGroupHasAFailingOasisDocument() {
    List<String> withFailures =
        cases().filter(a -> !(Boolean) a.get()[2]).map(a -> (String) a.get()[0]).toList();
    for (String number : TESTS.keySet()) {
      assertTrue(withFailures.contains(number), number);
    }
  }
}
