package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** Small CSAF 2.0 documents for the tests of section 6, and resources of the test classpath. */
final class CsafTestDocuments {

  static final ObjectMapper JSON = new ObjectMapper();

  /** A minimal document valid against the schema and every test: CSAF Base, version 1, final. */
  static final String MINIMAL =
      """
      {
        "document": {
          "category": "csaf_base",
          "csaf_version": "2.0",
          "publisher": {
            "category": "vendor",
            "name": "Example Company",
            "namespace": "https://example.com"
          },
          "title": "Minimal document",
          "tracking": {
            "current_release_date": "2024-01-01T10:00:00.000Z",
            "id": "EXAMPLE-2024-0001",
            "initial_release_date": "2024-01-01T10:00:00.000Z",
            "revision_history": [
              {"date": "2024-01-01T10:00:00.000Z", "number": "1", "summary": "Initial version."}
            ],
            "status": "final",
            "version": "1"
          }
        }
      }
      """;

  private CsafTestDocuments() {}

  /**
   * The minimal document with {@code overlay} merged in: objects merge member by member, any other
   * value (arrays too) replaces the minimal document's.
   */
  static JsonNode minimalWith(String overlay) {
    ObjectNode document = (ObjectNode) parse(MINIMAL);
    merge(document, (ObjectNode) parse(overlay));
    return document;
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** A JSON resource of the test classpath, e.g. {@code /csaf/oasis-tests/testcases.json}. */
  static JsonNode resource(String name) {
    try (InputStream in = CsafTestDocuments.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + name);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void merge(ObjectNode target, ObjectNode overlay) {
    for (Map.Entry<String, JsonNode> field : overlay.properties()) {
      JsonNode existing = target.get(field.getKey());
      if (existing instanceof ObjectNode object && field.getValue() instanceof ObjectNode more) {
        merge(object, more);
      } else {
        target.set(field.getKey(), field.getValue());
      }
    }
  }
}
