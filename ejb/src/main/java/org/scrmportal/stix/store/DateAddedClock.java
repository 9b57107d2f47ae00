package org.scrmportal.stix.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Hands out {@code date_added} values (TAXII 2.1 section 3.4.1) that strictly increase, one
 * microsecond apart within a submission, so that {@code added_after} never cuts a submission in two
 * and a client resuming from {@code X-TAXII-Date-Added-Last} misses nothing. Submissions are stored
 * one at a time per node ({@link Submissions}); with several nodes, see the README on scaling.
 */
@ApplicationScoped
class DateAddedClock {

  @Inject Clock clock;

  @Inject ObjectWriter writer;

  private Instant last;

  /** The first of {@code count} consecutive values; the next call starts after the last. */
  synchronized Instant reserve(int count) {
    if (last == null) {
      last = writer.lastDateAdded().orElse(Instant.EPOCH);
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    Instant first = now.isAfter(last) ? now : last.plus(1, ChronoUnit.MICROS);
    last = first.plus(Math.max(0, count - 1), ChronoUnit.MICROS);
    return first;
  }
}
