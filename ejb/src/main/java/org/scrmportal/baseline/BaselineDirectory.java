package org.scrmportal.baseline;

import java.util.List;
import java.util.Optional;
import org.scrmportal.access.Viewer;

/**
 * What the rest of the portal reads of published baselines; every method answers only with what the
 * viewer may see (the access policy's predicate), and a publication the viewer may not see reads
 * exactly like one that does not exist.
 */
public interface BaselineDirectory {

  /** The most controls one search returns. */
  int MAX_SEARCH = 200;

  /** The newest version of each series the viewer may see. */
  List<PublicationView> publications(Viewer viewer);

  /** The versions of one series the viewer may see, newest first. */
  List<PublicationView> versions(Viewer viewer, String publisher, String name);

  Optional<PublicationView> publication(Viewer viewer, long id);

  /** The controls a publication requires (a profile: its resolved catalog's), in document order. */
  List<ControlView> controls(Viewer viewer, long publicationId);

  /** One control by OSCAL id or label ({@link ControlIds#normalize}). */
  Optional<ControlView> control(Viewer viewer, long publicationId, String controlId);

  /**
   * Controls whose title or prose contains {@code text} (case-insensitive), in the newest versions
   * only; at most {@code limit} (bounded by {@link #MAX_SEARCH}).
   */
  List<ControlView> search(Viewer viewer, String text, int limit);

  /** The same search in one publication (any version) the viewer may see. */
  List<ControlView> search(Viewer viewer, long publicationId, String text, int limit);

  /**
   * A control as STIX, CSAF and mapping documents cite it: {@code catalog} is a publication's
   * catalog name, one of its aliases or its title (case-insensitive); {@code controlId} an OSCAL id
   * or a label. The newest visible version answers, a catalog before a profile.
   */
  Optional<ControlView> cited(Viewer viewer, String catalog, String controlId);
}
