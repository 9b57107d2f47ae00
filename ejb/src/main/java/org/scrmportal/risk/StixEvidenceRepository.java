package org.scrmportal.risk;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.scrmportal.access.Viewer;

/** The STIX objects the sightings part reads, only as the viewer may see them. */
public interface StixEvidenceRepository {

  /** The most sighting versions read for one consumer. */
  int MAX_SIGHTINGS = 5000;

  /** One stored version of a STIX object: its id, version (modified) and JSON. */
  record StixVersion(String objectId, Instant version, String json) {}

  /**
   * Versions of sightings, not revoked, modified at or after {@code since}, that the viewer may see
   * in any collection; newest first, at most {@link #MAX_SIGHTINGS}.
   */
  List<StixVersion> sightingsSince(Viewer viewer, Instant since);

  /** The versions of these indicators, not revoked, that the viewer may see in any collection. */
  List<StixVersion> indicators(Viewer viewer, Collection<String> ids);
}
