package org.scrmportal.stix.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.scrmportal.access.Marking;
import org.scrmportal.access.Viewer;
import org.scrmportal.stix.StixObject;

/**
 * New versions were stored that carry {@code external_references} (STIX 2.1 section 2.5): fired
 * synchronously inside the storing transaction, once per submission and only when at least one of
 * its new versions has such references, so that observers (the mapping of threats to controls)
 * commit or roll back with it and objects without references cost nothing.
 *
 * @param submitter who submitted them, as the access policy sees them
 * @param versions the new versions that carry external references
 */
public record ObjectsStored(Viewer submitter, List<Version> versions) {

  public ObjectsStored {
    Objects.requireNonNull(submitter, "submitter");
    versions = List.copyOf(versions);
  }

  /**
   * One stored version.
   *
   * @param version the version as stored (its modified, else the time it was added)
   * @param marking the submitting organization's share's marking
   */
  public record Version(String collectionId, StixObject object, Instant version, Marking marking) {}
}
