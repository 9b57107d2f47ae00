package org.scrmportal.stix.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrmportal.stix.StixObject;
import org.scrmportal.stix.StixTimestamp;

/**
 * What processing a submission gave (TAXII 2.1 section 4.3.1): one detail for every object, in the
 * successes or in the failures, so that the lists always match the counts.
 */
record Outcome(
    int successCount, int failureCount, List<StatusDetail> successes, List<StatusDetail> failures) {

  Outcome {
    successes = List.copyOf(successes);
    failures = List.copyOf(failures);
  }

  /**
   * The same outcome, each object's warnings (by id: what is not as it should be, though it breaks
   * no MUST of STIX 2.1) added to its detail, stored or failed.
   */
  Outcome withWarnings(Map<String, List<String>> warnings) {
    if (warnings.isEmpty()) {
      return this;
    }
    return new Outcome(
        successCount, failureCount, warned(successes, warnings), warned(failures, warnings));
  }

  private static List<StatusDetail> warned(
      List<StatusDetail> details, Map<String, List<String>> warnings) {
    return details.stream()
        .map(
            d ->
                warnings.containsKey(d.id())
                    ? new StatusDetail(
                        d.id(),
                        d.version(),
                        d.message() + " Warnings: " + String.join("; ", warnings.get(d.id())))
                    : d)
        .toList();
  }

  /**
   * Every object failed, for the one reason given; each is named by its id where known, else by its
   * place in the body ({@code /objects/i}).
   */
  static Outcome allFailed(List<Optional<String>> ids, String message) {
    List<StatusDetail> failures = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      failures.add(new StatusDetail(ids.get(i).orElse("/objects/" + i), "", message));
    }
    return new Outcome(0, failures.size(), List.of(), failures);
  }

  /** As {@link #allFailed(List, String)} for {@code total} objects whose ids are not known. */
  static Outcome allFailed(int total, String message) {
    return allFailed(java.util.Collections.nCopies(total, Optional.empty()), message);
  }

  /**
   * A submission kept whole or not at all, with {@code failed} failing: those fail for their
   * reasons, the {@code others} because of them.
   */
  static Outcome wholeOrNothing(List<StatusDetail> failed, List<StixObject> others) {
    List<StatusDetail> failures = new ArrayList<>(failed);
    for (StixObject object : others) {
      failures.add(
          new StatusDetail(
              object.id().value(),
              object.modified().or(object::created).map(StixTimestamp::text).orElse(""),
              "Valid, but not stored: "
                  + failed.size()
                  + " objects of this submission failed, and it is kept whole or not at all."));
    }
    return new Outcome(0, failures.size(), List.of(), failures);
  }
}
