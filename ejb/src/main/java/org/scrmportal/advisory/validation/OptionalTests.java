package org.scrmportal.advisory.validation;

import java.util.List;

/** The tests 6.2 of CSAF 2.0. */
public final class OptionalTests {

  private OptionalTests() {}

  /** Every test of this group, in the order of the specification. */
  public static List<CsafTest> all() {
    return List.of();
  }
}
