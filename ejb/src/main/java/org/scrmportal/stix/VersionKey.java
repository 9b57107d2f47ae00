package org.scrmportal.stix;

import java.util.Objects;
import java.util.Optional;

/**
 * What identifies one version of a STIX object (STIX 2.1, Versioning; section 3.2 for the
 * properties): its {@code id} and its {@code modified} timestamp. Objects that are not versioned
 * (SCOs, marking definitions) and any object without {@code modified} have one version only,
 * identified by the id alone.
 *
 * @param id the object's identifier
 * @param modified its {@code modified} timestamp, empty for an unversioned object
 */
public record VersionKey(StixId id, Optional<StixTimestamp> modified) {

  public VersionKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(modified, "modified");
  }

  @Override
  public String toString() {
    return modified.map(m -> id + "@" + m).orElse(id.toString());
  }
}
