package org.scrmportal.stix.store;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.scrmportal.access.Marking;
import org.scrmportal.access.MarkingRequest;
import org.scrmportal.access.Viewer;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.TlpLevel;
import org.scrmportal.stix.StixObject;
import org.scrmportal.stix.TlpMarking;
import org.scrmportal.stix.TlpMarkings;

/**
 * One submission of STIX objects to a collection, with what decides each object's marking.
 *
 * @param statusId the id of its status resource
 * @param collection where the objects go
 * @param username who submitted it
 * @param sharing the level for objects that carry no TLP marking (the organization's default unless
 *     the submitter chose one), and the audience and minimum tier the submitter adds
 * @param submitter the submitter as the access policy sees them, with their organization (the
 *     author of every marking): what a submission is compared with is only what they may see
 *     (nothing else may shape its outcome)
 * @param keepValid whether the valid objects are kept when others fail (TAXII 2.1 section 5.5), or
 *     the submission is kept whole or not at all
 */
public record Submission(
    String statusId,
    Feed collection,
    String username,
    MarkingRequest sharing,
    Viewer submitter,
    boolean keepValid) {

  private static final Set<TlpLevel> COMMUNITY_LEVELS = EnumSet.of(TlpLevel.GREEN, TlpLevel.AMBER);

  public Submission {
    Objects.requireNonNull(statusId, "statusId");
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(sharing, "sharing");
    Objects.requireNonNull(sharing.level(), "sharing.level");
    Objects.requireNonNull(submitter, "submitter");
    Objects.requireNonNull(submitter.organization(), "submitter.organization");
  }

  /** The submitting organization, author of every marking. */
  public OrganizationId author() {
    return submitter.organization();
  }

  /**
   * The portal marking of {@code object}: the most restrictive TLP level marking it (object or
   * granular markings, STIX 2.1 section 7.2; TLP 1.0 mapped), else the submission's level; the
   * submitter's audience; and the collection's own audience: its community (for TLP:GREEN and
   * TLP:AMBER; TLP:AMBER+STRICT and TLP:RED never go to a community) or its minimum tier. TLP:CLEAR
   * stays for anyone.
   *
   * @throws IllegalArgumentException with the TLP 2.0 rule the result would break
   */
  Marking markingOf(StixObject object) {
    return markingAt(levelOf(object));
  }

  /** The TLP level of {@code object}'s marking (see {@link #markingOf}). */
  TlpLevel levelOf(StixObject object) {
    return TlpMarkings.mostRestrictive(object).map(TlpMarking::level).orElse(sharing.level());
  }

  /**
   * The marking of this submission's objects at {@code level}: every object of the same level gets
   * the same one (see {@link #markingOf}).
   *
   * @throws IllegalArgumentException with the TLP 2.0 rule the result would break
   */
  Marking markingAt(TlpLevel level) {
    if (level == TlpLevel.CLEAR) {
      return Marking.of(level, author(), Set.of(), Set.of(), Set.of(), null);
    }
    Set<String> communities = new HashSet<>(sharing.communities());
    if (collection.community() != null) {
      if (!COMMUNITY_LEVELS.contains(level)) {
        throw new IllegalArgumentException(
            level.label()
                + " is for listed organizations or people only: it cannot go to a community's"
                + " feed");
      }
      communities.add(collection.community());
    }
    Tier minTier = sharing.minTier();
    if (collection.minTier() != null
        && (minTier == null || minTier.compareTo(collection.minTier()) < 0)) {
      minTier = collection.minTier();
    }
    return Marking.of(
        level, author(), sharing.organizations(), communities, sharing.people(), minTier);
  }
}
