package org.scrmportal.supplier;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.scrmportal.access.Viewer;
import org.scrmportal.organization.OrganizationId;

/** Where notices are kept; the inbox reads go through the policy. */
public interface NoticeRepository {

  /**
   * The viewer organization's open notices it may see (and, for TLP:RED, that name it), newest
   * first.
   */
  List<Notice> open(Viewer viewer, int limit);

  long countOpen(Viewer viewer);

  /** A notice of the viewer's organization that the viewer may see. */
  Optional<Notice> find(Viewer viewer, long id);

  /**
   * The notices of these entries about these vulnerabilities of the publisher: for revising them
   * when a new document of the publisher arrives; nothing of them reaches a caller as such.
   */
  List<Notice> ofPublisher(
      OrganizationId publisher, Collection<String> vulnerabilities, Collection<Long> entryIds);

  void store(Notice notice);
}
