package org.scrmportal.advisory.validation;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The file name of a CSAF document, derived from its tracking id by the rule of CSAF 2.0 section
 * 5.1 (and required of distributed documents by section 7.1.2, requirement 2).
 */
public final class CsafFileNames {

  /** Section 5.1 step 2: every run of characters outside {@code a-z 0-9 + -}. */
  private static final Pattern NOT_ALLOWED = Pattern.compile("[^+\\-a-z0-9]+");

  private CsafFileNames() {}

  /**
   * The file name for {@code /document/tracking/id}: lower case (step 1, ASCII rules whatever the
   * platform's locale), each run of other characters replaced by one underscore (step 2, only after
   * step 1), {@code .json} appended (step 3). E.g. {@code Example Company - 2019-YH3234} becomes
   * {@code example_company_-_2019-yh3234.json}.
   *
   * @throws IllegalArgumentException for a blank tracking id
   */
  public static String of(String trackingId) {
    Objects.requireNonNull(trackingId, "trackingId");
    if (trackingId.isBlank()) {
      throw new IllegalArgumentException("a CSAF tracking id is not blank");
    }
    return NOT_ALLOWED.matcher(trackingId.toLowerCase(Locale.ROOT)).replaceAll("_") + ".json";
  }
}
