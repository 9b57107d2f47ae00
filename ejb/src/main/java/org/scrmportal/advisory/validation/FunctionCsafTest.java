package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Function;

/**
 * A test of section 6 given by its number and a function, for the optional and informative tests.
 *
 * @param number the test number, e.g. {@code "6.2.4"}
 * @param check the findings of the test on a document
 */
record FunctionCsafTest(String number, Function<JsonNode, List<Finding>> check)
    implements CsafTest {

  FunctionCsafTest {
    TestKind.of(number);
  }

  @Override
  public List<Finding> run(JsonNode document) {
    return List.copyOf(check.apply(document));
  }

  @Override
  public String toString() {
    return number;
  }
}
