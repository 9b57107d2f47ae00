package org.scrmportal.web.ui;

import java.util.Locale;

/**
 * The headline of an upload's report, as a newcomer reads it: how many of the objects were stored
 * and how many failed, and a style that is green only when every object was stored.
 *
 * @param total the objects in the upload
 * @param stored how many were stored
 * @param failed how many failed
 * @param pending how many are still being read
 */
public record UploadReport(int total, int stored, int failed, int pending) {

  /** How the report looks: {@code success}, {@code warning}, {@code error} or {@code pending}. */
  public enum Outcome {
    /** Every object stored. */
    SUCCESS,
    /** Some objects stored, some failed. */
    WARNING,
    /** Objects failed and none was stored (or there was nothing to store). */
    ERROR,
    /** Still reading, nothing failed yet. */
    PENDING;

    /** The CSS class name: {@code outcome-success} and so on. */
    public String styleClass() {
      return "outcome-" + name().toLowerCase(Locale.ROOT);
    }
  }

  public Outcome outcome() {
    if (failed > 0) {
      return stored > 0 || pending > 0 ? Outcome.WARNING : Outcome.ERROR;
    }
    if (pending > 0) {
      return Outcome.PENDING;
    }
    return total > 0 && stored == total ? Outcome.SUCCESS : Outcome.ERROR;
  }

  /** For example "0 of 1,826 objects stored; 1,826 failed." or "All 3 objects stored." */
  public String summary() {
    if (failed == 0 && pending == 0 && total > 0 && stored == total) {
      return total == 1 ? "The object was stored." : "All " + count(total) + " objects stored.";
    }
    StringBuilder text =
        new StringBuilder(count(stored))
            .append(" of ")
            .append(count(total))
            .append(total == 1 ? " object" : " objects")
            .append(" stored");
    if (failed > 0) {
      text.append("; ").append(count(failed)).append(" failed");
    }
    if (pending > 0) {
      text.append("; ").append(count(pending)).append(" still being read");
    }
    return text.append('.').toString();
  }

  private static String count(int n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
