package org.scrmportal.stix.store;

import java.time.Instant;
import java.util.Objects;
import org.scrmportal.access.Marking;
import org.scrmportal.organization.OrganizationId;

/**
 * An organization's share of a version about to be stored: of a new version ({@code newVersion},
 * its index among the new versions) or of one already stored ({@code storedSeq}).
 *
 * @param sharedAt when it was shared: the version's new {@code date_added} (TAXII 2.1 section
 *     3.4.1), so that the pollers of the audience it adds find it
 */
record NewShare(
    int newVersion,
    long storedSeq,
    OrganizationId organization,
    Marking marking,
    String submittedBy,
    Instant sharedAt) {

  NewShare {
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(marking, "marking");
    Objects.requireNonNull(submittedBy, "submittedBy");
    Objects.requireNonNull(sharedAt, "sharedAt");
    if ((newVersion < 0) == (storedSeq < 0)) {
      throw new IllegalArgumentException("a share is of a new version or of a stored one");
    }
  }

  static NewShare ofNew(
      int index, OrganizationId org, Marking marking, String submittedBy, Instant at) {
    return new NewShare(index, -1, org, marking, submittedBy, at);
  }

  static NewShare ofStored(
      long seq, OrganizationId org, Marking marking, String submittedBy, Instant at) {
    return new NewShare(-1, seq, org, marking, submittedBy, at);
  }
}
