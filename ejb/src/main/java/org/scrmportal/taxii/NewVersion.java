package org.scrmportal.taxii;

import java.time.Instant;
import java.util.Objects;
import org.scrmportal.access.Marking;
import org.scrmportal.stix.StixObject;

/** A version about to be stored, with everything its row holds. */
record NewVersion(
    String collectionId,
    StixObject object,
    Instant version,
    String versionText,
    Instant dateAdded,
    boolean latest,
    String authorOrganization,
    String submittedBy,
    Marking marking) {

  NewVersion {
    Objects.requireNonNull(collectionId, "collectionId");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(marking, "marking");
  }
}
