package org.scrmportal.advisory.validation;

import java.util.List;

/** The tests 6.3 of CSAF 2.0. */
public final class InformativeTests {

  private InformativeTests() {}

  /** Every test of this group, in the order of the specification. */
  public static List<CsafTest> all() {
    return List.of();
  }
}
