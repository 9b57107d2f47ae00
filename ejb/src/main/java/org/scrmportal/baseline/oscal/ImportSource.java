package org.scrmportal.baseline.oscal;

import java.util.Optional;

/**
 * Where {@link ProfileResolution} finds what a profile imports: the store maps references to stored
 * publications. The facade never fetches anything over the network.
 */
@FunctionalInterface
public interface ImportSource {

  /** The catalog or profile the reference names, if there is one. */
  Optional<OscalDocument> load(ImportRef ref);
}
