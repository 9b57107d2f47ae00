package org.scrmportal.alert;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.scrmportal.access.Viewer;

/** Where alerts are kept. Every query that finds alerts applies the access policy's predicate. */
public interface AlertRepository {

  void store(Alert alert);

  /** The alert, if the viewer may at least know of it (metadata). */
  Optional<Alert> find(Viewer viewer, String id);

  /**
   * A page of the alerts the viewer may at least know of, oldest first, after the keyset cursor
   * ({@code created}, {@code id}) if given.
   */
  List<Alert> page(Viewer viewer, Instant afterCreated, String afterId, int limit);

  /** How many alerts the viewer may at least know of. */
  long count(Viewer viewer);
}
