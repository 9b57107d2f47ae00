package org.scrmportal.advisory.validation;

import java.util.List;

/** The tests 6.1.1 to 6.1.16 of CSAF 2.0. */
public final class MandatoryTests {

  private MandatoryTests() {}

  /** Every test of this group, in the order of the specification. */
  public static List<CsafTest> all() {
    return List.of();
  }
}
