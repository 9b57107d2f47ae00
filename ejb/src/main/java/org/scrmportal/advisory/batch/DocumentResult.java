package org.scrmportal.advisory.batch;

import java.util.List;
import org.scrmportal.advisory.validation.Finding;

/**
 * What became of one document of a batch.
 *
 * @param name its file name or URL
 * @param outcome {@code stored}, {@code already-stored}, {@code invalid} (failed tests in {@code
 *     errors}), {@code refused} (publisher, revision or marking; why in {@code message}) or {@code
 *     skipped} (not a document, or beyond a limit)
 * @param advisoryId the stored revision, when stored or already stored
 */
public record DocumentResult(
    String name,
    String outcome,
    Long advisoryId,
    String trackingId,
    String version,
    String message,
    List<Finding> errors,
    List<Finding> warnings) {

  public static final String STORED = "stored";
  public static final String ALREADY_STORED = "already-stored";
  public static final String INVALID = "invalid";
  public static final String REFUSED = "refused";
  public static final String SKIPPED = "skipped";

  public DocumentResult {
    errors = errors == null ? List.of() : List.copyOf(errors);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  public static DocumentResult skipped(String name, String why) {
    return new DocumentResult(name, SKIPPED, null, null, null, why, List.of(), List.of());
  }

  public static DocumentResult refused(String name, String why) {
    return new DocumentResult(name, REFUSED, null, null, null, why, List.of(), List.of());
  }

  /** Whether the document is in the store after the batch. */
  public boolean kept() {
    return STORED.equals(outcome) || ALREADY_STORED.equals(outcome);
  }
}
