package org.scrmportal.advisory.provider;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.scrmportal.access.Viewer;
import org.scrmportal.advisory.Advisory;
import org.scrmportal.platform.TlpLevel;

/**
 * What one TLP label of the provider lists for a viewer: the published advisories of every portal
 * level the label gathers ({@link CsafTlp#levels()}), newest current release first, one a path. The
 * store decides what the viewer may see.
 */
final class Listings {

  private final PublishedAdvisories store;

  Listings(PublishedAdvisories store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** The advisories, newest {@code currentReleaseDate} first. */
  List<Advisory> advisories(Viewer viewer, CsafTlp tlp) {
    List<Advisory> advisories = new ArrayList<>();
    for (TlpLevel level : tlp.levels()) {
      advisories.addAll(store.published(viewer, level));
    }
    advisories.sort(Comparator.comparing(Advisory::currentReleaseDate).reversed());
    return advisories;
  }

  /**
   * Where they lie: one file a path (two publishers' tracking ids may give the same file name; the
   * newest revision is listed, as the directory can hold one file there).
   */
  List<PublishedFile> files(Viewer viewer, CsafTlp tlp) {
    List<PublishedFile> files = new ArrayList<>();
    Set<String> paths = new HashSet<>();
    for (Advisory advisory : advisories(viewer, tlp)) {
      PublishedFile file = PublishedFile.of(advisory);
      if (paths.add(file.path())) {
        files.add(file);
      }
    }
    files.sort(ProviderDocuments.NEWEST_FIRST);
    return files;
  }

  /** The advisory at {@code <year>/<fileName>} of this label, if the viewer may see it. */
  Optional<Advisory> find(Viewer viewer, CsafTlp tlp, int year, String fileName) {
    for (TlpLevel level : tlp.levels()) {
      Optional<Advisory> found = store.published(viewer, level, year, fileName);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
