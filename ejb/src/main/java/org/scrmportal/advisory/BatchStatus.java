package org.scrmportal.advisory;

import java.time.Instant;
import java.util.List;
import org.scrmportal.advisory.batch.DocumentResult;

/**
 * The progress of a batch, and what became of each document so far.
 *
 * @param state {@code running} or {@code complete}
 * @param source what the batch reads: "upload", or the address imported from
 * @param total the documents found so far (known once the listing is read)
 * @param done the documents judged
 * @param failed the documents neither stored nor already stored (invalid, refused, skipped)
 * @param message why an import stopped before its documents, if it did
 */
public record BatchStatus(
    String id,
    String state,
    String source,
    int total,
    int done,
    int stored,
    int alreadyStored,
    int failed,
    List<DocumentResult> results,
    String message,
    Instant started,
    Instant completed) {

  public static final String RUNNING = "running";
  public static final String COMPLETE = "complete";

  public boolean complete() {
    return COMPLETE.equals(state);
  }
}
