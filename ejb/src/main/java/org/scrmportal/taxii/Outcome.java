package org.scrmportal.taxii;

import java.util.List;

/**
 * What processing a submission gave: all its objects kept, or none (all or nothing). The counts are
 * exact; the details say what happened to each object (several failures may concern one).
 */
record Outcome(
    int successCount, int failureCount, List<StatusDetail> successes, List<StatusDetail> failures) {

  Outcome {
    successes = List.copyOf(successes);
    failures = List.copyOf(failures);
  }

  /** Every one of {@code total} objects failed, for the one reason given. */
  static Outcome allFailed(int total, String message) {
    return new Outcome(0, total, List.of(), List.of(new StatusDetail("", "", message)));
  }
}
