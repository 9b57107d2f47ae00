package org.scrmportal.baseline;

import java.util.List;
import java.util.Optional;
import org.scrmportal.access.Viewer;

/** TEMPORARY stand-in of helper baseline's interface (contract section 2); removed before merge. */
public interface BaselineDirectory {
  List<PublicationView> publications(Viewer viewer);

  List<PublicationView> versions(Viewer viewer, String publisher, String name);

  Optional<PublicationView> publication(Viewer viewer, long id);

  List<ControlView> controls(Viewer viewer, long publicationId);

  Optional<ControlView> control(Viewer viewer, long publicationId, String controlId);

  List<ControlView> search(Viewer viewer, String text, int limit);

  Optional<ControlView> cited(Viewer viewer, String catalog, String controlId);
}
