package org.scrmportal.advisory.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Small CSAF documents for the tests, built on a minimal valid csaf_base document; JSON texts and
 * resources of the test classpath read for every test of the package.
 */
final class CsafDocuments {

  static final ObjectMapper MAPPER = new ObjectMapper();

  /** Runs the schema and the mandatory tests 6.1.1 to 6.1.16. */
  static final CsafValidator MANDATORY =
      new CsafValidator(CsafLimits.DEFAULTS, MandatoryTests.all());

  private static final String MINIMAL =
      """
      {
        "document": {
          "category": "csaf_base",
          "csaf_version": "2.0",
          "lang": "en",
          "publisher": {
            "category": "vendor",
            "name": "Example Company",
            "namespace": "https://example.com"
          },
          "title": "A minimal advisory",
          "tracking": {
            "current_release_date": "2024-01-02T10:00:00.000Z",
            "id": "EXAMPLE-2024-0001",
            "initial_release_date": "2024-01-01T10:00:00.000Z",
            "revision_history": [
              {"date": "2024-01-01T10:00:00.000Z", "number": "1", "summary": "Initial version."}
            ],
            "status": "final",
            "version": "1"
          }
        },
        "product_tree": {
          "full_product_names": [
            {"name": "Product A 1.0", "product_id": "CSAFPID-0001"},
            {"name": "Product B 2.0", "product_id": "CSAFPID-0002"}
          ]
        }
      }
      """;

  private CsafDocuments() {}

  /** The minimal document: two products, no vulnerability. */
  static ObjectNode minimal() {
    return (ObjectNode) json(MINIMAL);
  }

  /** The minimal document with this product tree and these vulnerabilities (JSON texts). */
  static ObjectNode with(String productTree, String vulnerabilities) {
    ObjectNode document = minimal();
    if (productTree != null) {
      document.set("product_tree", json(productTree));
    }
    if (vulnerabilities != null) {
      document.set("vulnerabilities", json(vulnerabilities));
    }
    return document;
  }

  /** The minimal document with these vulnerabilities. */
  static ObjectNode withVulnerabilities(String vulnerabilities) {
    return with(null, vulnerabilities);
  }

  /** The minimal document with one vulnerability scored for CSAFPID-0001 by {@code cvss}. */
  static ObjectNode withScore(String cvssProperty, String cvss) {
    return withVulnerabilities(
        "[{\"scores\": [{\"products\": [\"CSAFPID-0001\"], \""
            + cvssProperty
            + "\": "
            + cvss
            + "}]}]");
  }

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /**
   * Merges {@code overlay} into {@code target}: objects merge member by member, any other value
   * (arrays too) replaces the target's.
   */
  static void merge(ObjectNode target, ObjectNode overlay) {
    for (Map.Entry<String, JsonNode> field : overlay.properties()) {
      JsonNode existing = target.get(field.getKey());
      if (existing instanceof ObjectNode object && field.getValue() instanceof ObjectNode more) {
        merge(object, more);
      } else {
        target.set(field.getKey(), field.getValue());
      }
    }
  }

  /** A JSON resource of the test classpath, e.g. {@code /csaf/oasis-tests/testcases.json}. */
  static JsonNode resource(String name) {
    try (InputStream in = CsafDocuments.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + name);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The test numbered {@code number} among {@code tests}. */
  static CsafTest test(List<CsafTest> tests, String number) {
    return tests.stream()
        .filter(t -> t.number().equals(number))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no test " + number));
  }

  /**
   * The JSON Pointers of the findings of {@code test} on {@code document}, checking that each is of
   * the test and says something.
   */
  static List<String> pointers(CsafTest test, JsonNode document) {
    List<String> pointers = new ArrayList<>();
    for (Finding finding : test.run(document)) {
      assertEquals(test.number(), finding.test(), finding.toString());
      assertEquals(false, finding.message().isBlank(), finding.toString());
      pointers.add(finding.path());
    }
    return pointers;
  }

  /** The document's findings, each as "test path". */
  static List<String> findings(JsonNode document) {
    List<String> found = new ArrayList<>();
    for (Finding f : MANDATORY.validate(document).findings()) {
      found.add(f.test() + " " + f.path());
    }
    return found;
  }

  /** Asserts that the document's findings are exactly these ("test path" each). */
  static void assertFindings(JsonNode document, String... expected) {
    assertEquals(
        List.of(expected), findings(document), () -> MANDATORY.validate(document).toString());
  }
}
