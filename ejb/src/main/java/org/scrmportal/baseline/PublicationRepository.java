package org.scrmportal.baseline;

import java.util.List;
import java.util.Optional;
import org.scrmportal.access.Viewer;
import org.scrmportal.organization.OrganizationId;

/**
 * Where publications are kept; reads of other organizations' publications go through the policy.
 */
public interface PublicationRepository {

  /** The newest version of the publisher's own series {@code name}, to supersede it. */
  Optional<Publication> newestOwn(OrganizationId publisher, String name);

  /** Stores a new version with its control rows, and marks the one it supersedes. */
  void store(Publication publication, List<OscalControl.Row> controls);

  /** A publication the viewer may see. */
  Optional<Publication> find(Viewer viewer, long id);

  /** Publications the viewer may see under one of whose aliases (compared in lower case). */
  List<Publication> byAlias(Viewer viewer, String alias);

  /**
   * Publications the viewer may see of that series name (any publisher); of one version when {@code
   * version} is not null, else the newest of each series. Newest first.
   */
  List<Publication> byName(Viewer viewer, String name, Integer version);

  /** Publications the viewer may see whose document has that UUID, newest first. */
  List<Publication> byDocumentUuid(Viewer viewer, String uuid);

  /** The detail JSON of one control the viewer may see. */
  Optional<OscalControl> controlRow(Viewer viewer, long publicationId, String controlId);
}
