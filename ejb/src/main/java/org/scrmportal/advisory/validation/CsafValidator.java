package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Validates CSAF 2.0 documents: the JSON schema first, then, on a document the schema accepts,
 * every test of section 6. Thread-safe; build one and share it.
 */
public final class CsafValidator {

  private final List<CsafTest> tests =
      Stream.of(
              MandatoryTests.all(),
              MandatoryTestsContinued.all(),
              OptionalTests.all(),
              InformativeTests.all())
          .flatMap(List::stream)
          .toList();

  /** The full verdict on {@code document}, an already parsed CSAF document. */
  public Verdict validate(JsonNode document) {
    // TODO(issue 9): the JSON schema (with the FIRST CVSS schemas), then the tests
    List<Finding> findings = new ArrayList<>();
    for (CsafTest test : tests) {
      findings.addAll(test.run(document));
    }
    return new Verdict(findings);
  }
}
