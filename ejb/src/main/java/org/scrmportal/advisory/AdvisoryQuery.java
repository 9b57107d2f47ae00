package org.scrmportal.advisory;

import java.util.Optional;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.platform.TlpLevel;

/**
 * A listing of advisories.
 *
 * @param before only advisories with a smaller id (the keyset cursor of the next page), if set
 * @param limit the most advisories
 * @param allRevisions every revision, or only the latest of each tracking id
 * @param publisher only those of this organization, if set
 * @param level only those of this TLP level, if set
 * @param withDrafts whether drafts are listed (their organization's only, anyway)
 */
public record AdvisoryQuery(
    Optional<Long> before,
    int limit,
    boolean allRevisions,
    Optional<OrganizationId> publisher,
    Optional<TlpLevel> level,
    boolean withDrafts) {

  public static final int MAX_LIMIT = 1000;

  public AdvisoryQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
    }
  }

  /** The latest revisions, drafts included, newest first. */
  public static AdvisoryQuery latest(int limit) {
    return new AdvisoryQuery(
        Optional.empty(), limit, false, Optional.empty(), Optional.empty(), true);
  }

  public AdvisoryQuery before(long id) {
    return new AdvisoryQuery(Optional.of(id), limit, allRevisions, publisher, level, withDrafts);
  }

  public AdvisoryQuery at(TlpLevel tlp) {
    return new AdvisoryQuery(before, limit, allRevisions, publisher, Optional.of(tlp), withDrafts);
  }
}
