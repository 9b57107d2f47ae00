package org.scrmportal.stix.store;

import java.time.Instant;
import java.util.Objects;
import org.scrmportal.stix.StixObject;

/**
 * A version about to be stored, with everything its row holds.
 *
 * @param supersedes whether it is the latest and other versions of the object exist (stored, or in
 *     the same submission) that stop being the latest
 */
record NewVersion(
    String collectionId,
    StixObject object,
    Instant version,
    String versionText,
    Instant dateAdded,
    boolean latest,
    boolean supersedes) {

  NewVersion {
    Objects.requireNonNull(collectionId, "collectionId");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(dateAdded, "dateAdded");
  }
}
