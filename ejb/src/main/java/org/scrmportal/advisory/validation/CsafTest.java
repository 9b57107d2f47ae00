package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One test of CSAF 2.0 section 6. Runs only on documents that passed the JSON schema, so it may
 * rely on the types and required properties the schema enforces, never on optional ones.
 */
public interface CsafTest {

  /** The test's number in section 6, e.g. {@code "6.1.27.3"}. */
  String number();

  /**
   * The failures of this test in {@code document}, each with the JSON Pointer of what failed; empty
   * when the document passes.
   */
  List<Finding> run(JsonNode document);

  default TestKind kind() {
    return TestKind.of(number());
  }
}
