package org.scrmportal.stix.store;

import java.util.Optional;

/** Where the statuses of submissions are kept. */
public interface StatusRepository {

  Optional<SubmissionStatus> find(String id);

  void store(SubmissionStatus status);

  /** Completes every status still pending, e.g. after a restart interrupted its processing. */
  int completePending(java.time.Instant at);
}
