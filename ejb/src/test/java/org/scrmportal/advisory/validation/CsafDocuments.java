package org.scrmportal.advisory.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Small CSAF documents for the tests, built on a minimal valid csaf_base document. */
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
