package org.scrmportal.advisory.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The official test documents of the OASIS CSAF TC for tests 6.1.1 to 6.1.16 (testcases.json): each
 * failing document fails its test (and passes the schema, or fails only in its CVSS objects, which
 * is 6.1.8), each valid one passes it.
 */
class OasisTestDocumentsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String BASE = "/csaf/oasis-tests/";
  private static final CsafValidator VALIDATOR =
      new CsafValidator(CsafLimits.DEFAULTS, MandatoryTests.all());

  static Stream<Arguments> documents() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    for (JsonNode test : read("testcases.json").path("tests")) {
      String id = test.path("id").asText();
      if (MandatoryTests.all().stream().noneMatch(t -> t.number().equals(id))) {
        continue;
      }
      for (JsonNode failing : test.path("failures")) {
        cases.add(Arguments.of(id, failing.path("name").asText(), false));
      }
      for (JsonNode valid : test.path("valid")) {
        cases.add(Arguments.of(id, valid.path("name").asText(), true));
      }
    }
    return cases.stream();
  }

  @Test
  void everyTestOfTheGroupHasOfficialDocuments() throws IOException {
    assertEquals(16 * 1, documents().map(a -> a.get()[0]).distinct().count());
    assertTrue(documents().count() >= 80, "the 80 documents for 6.1.1 to 6.1.16");
  }

  @ParameterizedTest(name = "{0} {1} valid={2}")
  @MethodSource("documents")
  void theDocumentFailsOrPassesItsTest(String test, String name, boolean valid) throws IOException {
    JsonNode document = read(name);
    Verdict verdict = VALIDATOR.validate(document);

    List<Finding> schema =
        verdict.findings().stream().filter(f -> f.test().equals("schema")).toList();
    assertEquals(List.of(), schema, "the official document is schema-valid");
    List<Finding> ofTheTest =
        verdict.findings().stream().filter(f -> f.test().equals(test)).toList();
    if (valid) {
      assertEquals(List.of(), ofTheTest, name + " passes " + test);
    } else {
      assertFalse(ofTheTest.isEmpty(), name + " fails " + test + "; findings: " + verdict);
      ofTheTest.forEach(f -> assertTrue(f.path().startsWith("/"), f.toString()));
    }
  }

  static JsonNode read(String name) throws IOException {
    try (InputStream in = OasisTestDocumentsTest.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IOException("no test resource " + BASE + name);
      }
      return MAPPER.readTree(in);
    }
  }
}
