package org.scrmportal.advisory.provider;

import java.util.List;
import java.util.Optional;
import org.scrmportal.access.Viewer;
import org.scrmportal.advisory.Advisory;
import org.scrmportal.platform.TlpLevel;

/**
 * What the provider distributes: the published advisories a viewer may see, as the store keeps
 * them. The store implements it and applies the access policy; the provider decides nothing about
 * access.
 */
public interface PublishedAdvisories {

  /**
   * The latest non-draft revisions the viewer may see whose marking level is {@code tlp}, newest
   * {@code currentReleaseDate} first.
   */
  List<Advisory> published(Viewer viewer, TlpLevel tlp);

  /**
   * The latest non-draft revision the viewer may see whose marking level is {@code tlp}, with this
   * year of initial release and this file name; empty when there is none or the viewer may not see
   * it.
   */
  Optional<Advisory> published(Viewer viewer, TlpLevel tlp, int year, String fileName);
}
