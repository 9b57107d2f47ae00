package org.scrmportal.web.ui;

import java.util.List;
import org.scrmportal.advisory.validation.Finding;
import org.scrmportal.advisory.validation.Verdict;

/**
 * A CSAF 2.0 verdict as the pages show it: whether the document is valid, a one-line summary, and
 * every failed test with its number and JSON path, mandatory ones (errors) first, then the optional
 * (warnings) and informative ones.
 */
public record VerdictReport(
    boolean valid, List<Finding> errors, List<Finding> warnings, List<Finding> information) {

  public VerdictReport {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
    information = List.copyOf(information);
  }

  public static VerdictReport of(Verdict verdict) {
    return new VerdictReport(
        verdict.valid(), verdict.errors(), verdict.warnings(), verdict.information());
  }

  /** E.g. "Not valid: 2 mandatory tests failed; 1 warning." */
  public String summary() {
    String head =
        valid
            ? "Valid CSAF 2.0"
            : "Not valid: "
                + count(errors.size(), "mandatory test failed", "mandatory tests failed");
    String rest =
        count(warnings.size(), "warning", "warnings")
            + ", "
            + count(information.size(), "informative note", "informative notes");
    return head + "; " + rest + ".";
  }

  /** The style of the summary: green, amber with warnings, red when invalid. */
  public String styleClass() {
    return !valid ? "outcome-error" : warnings.isEmpty() ? "outcome-success" : "outcome-warning";
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
