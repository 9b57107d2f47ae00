package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Small CSAF 2.0 documents for the tests 6.1.17 to 6.1.33. */
final class CsafTestDocuments {

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
    ObjectNode document = (ObjectNode) CsafDocuments.json(MINIMAL);
    CsafDocuments.merge(document, (ObjectNode) CsafDocuments.json(overlay));
    return document;
  }
}
