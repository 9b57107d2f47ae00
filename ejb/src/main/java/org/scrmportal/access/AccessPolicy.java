package org.scrmportal.access;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.TlpLevel;

/**
 * The one place that decides who may see what. Two faces that must always agree (a property test
 * checks it on random viewers and markings, against H2 and PostgreSQL):
 *
 * <ul>
 *   <li>{@link #decide} / {@link #permits}: a pure function for one object, with the reason;
 *   <li>{@link #predicate}: the same rules as a JPA Criteria predicate, which every query that
 *       lists or counts marked objects applies, so the database returns only what the viewer may
 *       see and page sizes and counts stay true.
 * </ul>
 *
 * <p>The rules, in order (the README's policy table; TLP 2.0 by FIRST):
 *
 * <ol>
 *   <li>TLP:CLEAR: anyone, also without signing in.
 *   <li>Without signing in, or while one's organization is suspended: nothing else.
 *   <li>The author organization sees its own objects.
 *   <li>A minimum tier, where set, shuts out organizations below it.
 *   <li>TLP:GREEN: organizations vetted T1 or above; if communities are listed, only their members.
 *   <li>TLP:AMBER: the listed organizations and members of the listed communities.
 *   <li>TLP:AMBER+STRICT: the listed organizations only.
 *   <li>TLP:RED: the named people only, by subject.
 * </ol>
 *
 * <p>Operators see that any object exists, with its metadata ({@link #permitsMetadata}, {@link
 * #metadataPredicate}), but its content only where these rules let them.
 */
public final class AccessPolicy {

  // ---------------------------------------------------------------- the pure face

  public boolean permits(Viewer viewer, Marking marking) {
    return decide(viewer, marking).permitted();
  }

  /** Whether the viewer may know the object exists and see its metadata (not its content). */
  public boolean permitsMetadata(Viewer viewer, Marking marking) {
    return seesAllMetadata(viewer) || permits(viewer, marking);
  }

  /** The decision with its reason: {@code explain} for the UI's "why can I see this?". */
  public Decision decide(Viewer viewer, Marking marking) {
    return decide(viewer, marking, Function.identity());
  }

  /**
   * The same decision, its reason naming communities as {@code communityName} tells (for people: by
   * name rather than by id); only the words differ, never what is decided.
   *
   * @param communityName a community's name by its id (the id itself where it knows none)
   */
  public Decision decide(Viewer viewer, Marking marking, Function<String, String> communityName) {
    TlpLevel level = marking.level();
    if (level == TlpLevel.CLEAR) {
      return Decision.permit("clear", "TLP:CLEAR: anyone may see it.");
    }
    if (viewer.isAnonymous()) {
      return Decision.deny("anonymous", level.label() + " is not for anonymous callers: sign in.");
    }
    if (viewer.suspended()) {
      return Decision.deny("suspended", "Your organization is suspended: it sees TLP:CLEAR only.");
    }
    if (viewer.organization() != null && viewer.organization().equals(marking.author())) {
      return Decision.permit("author", "Your organization, " + marking.author() + ", authored it.");
    }
    if (marking.minTier() != null && !viewer.atLeast(marking.minTier())) {
      return Decision.deny(
          "min-tier",
          "It is for organizations of tier "
              + marking.minTier()
              + " and above; yours is "
              + (viewer.tier() == null ? "none (no member organization)" : viewer.tier())
              + ".");
    }
    return switch (level) {
      case GREEN -> green(viewer, marking, communityName);
      case AMBER -> amber(viewer, marking, communityName);
      case AMBER_STRICT -> amberStrict(viewer, marking);
      case RED -> red(viewer, marking);
      case CLEAR -> throw new AssertionError("handled above");
    };
  }

  private static Decision green(
      Viewer viewer, Marking marking, Function<String, String> communityName) {
    if (!viewer.atLeast(Tier.T1)) {
      return Decision.deny(
          "green-vetted",
          "TLP:GREEN is for vetted members (tier T1 and above); your organization "
              + (viewer.tier() == null ? "is not a member" : "is " + viewer.tier())
              + ".");
    }
    if (marking.communities().isEmpty()) {
      return Decision.permit(
          "green-vetted",
          "TLP:GREEN for every vetted member; your organization is " + viewer.tier() + ".");
    }
    Set<String> shared = intersection(marking.communities(), viewer.communities());
    return shared.isEmpty()
        ? Decision.deny(
            "green-community",
            "TLP:GREEN for the communities "
                + named(marking.communities(), communityName)
                + "; your organization belongs to none of them.")
        : Decision.permit(
            "green-community",
            "TLP:GREEN for the communities "
                + named(marking.communities(), communityName)
                + "; your organization is a member of "
                + named(shared, communityName)
                + ".");
  }

  private static Decision amber(
      Viewer viewer, Marking marking, Function<String, String> communityName) {
    if (listsOrganization(viewer, marking)) {
      return Decision.permit(
          "amber-organization",
          "TLP:AMBER, and your organization, " + viewer.organization() + ", is listed.");
    }
    Set<String> shared = intersection(marking.communities(), viewer.communities());
    return shared.isEmpty()
        ? Decision.deny(
            "amber",
            "TLP:AMBER for the organizations "
                + sorted(marking.organizations())
                + " and the communities "
                + named(marking.communities(), communityName)
                + "; yours is not among them.")
        : Decision.permit(
            "amber-community",
            "TLP:AMBER, and your organization is a member of the communities "
                + named(shared, communityName)
                + ".");
  }

  private static Decision amberStrict(Viewer viewer, Marking marking) {
    return listsOrganization(viewer, marking)
        ? Decision.permit(
            "amber-strict",
            "TLP:AMBER+STRICT, and your organization, " + viewer.organization() + ", is listed.")
        : Decision.deny(
            "amber-strict",
            "TLP:AMBER+STRICT for the organizations "
                + sorted(marking.organizations())
                + " only; yours is not one of them.");
  }

  /**
   * TLP:RED names people by their stable subject, never by user name (which can change and pass to
   * someone else). The reason counts the people and names none of them.
   */
  private static Decision red(Viewer viewer, Marking marking) {
    int named = marking.people().size();
    String audience = named + (named == 1 ? " named person" : " named people");
    return marking.people().contains(viewer.subject())
        ? Decision.permit(
            "red",
            named == 1
                ? "TLP:RED, and you are the one named person."
                : "TLP:RED, and you are one of the " + audience + ".")
        : Decision.deny("red", "TLP:RED for the " + audience + " only.");
  }

  private static boolean listsOrganization(Viewer viewer, Marking marking) {
    return viewer.organization() != null
        && marking.organizations().contains(viewer.organization().value());
  }

  private static boolean seesAllMetadata(Viewer viewer) {
    return viewer.operator() && !viewer.suspended() && !viewer.isAnonymous();
  }

  /**
   * Whether an organization as a whole may see an object, for what the portal tells it unasked
   * (notices of the advisories that affect its inventory): decided by the rules above for any
   * member of it in good standing whom no marking names, so that TLP:RED, which reaches only the
   * named people, never reaches an organization as such (ask {@link #decide} for each named person
   * instead).
   *
   * @param organization the organization as the policy sees it: its vetted tier, suspension and
   *     communities (the subject and operator role of this viewer are not looked at)
   */
  public Decision decideForOrganization(Viewer organization, Marking marking) {
    if (organization.organization() == null) {
      return Decision.deny("organization-none", "Only a member organization is told anything.");
    }
    if (marking.level() == TlpLevel.RED) {
      return Decision.deny(
          "red-organization", "TLP:RED reaches the named people only, never a whole organization.");
    }
    Viewer member =
        new Viewer(
            "organization:" + organization.organization().value(),
            organization.organization(),
            organization.tier(),
            organization.suspended(),
            organization.communities(),
            false);
    return decide(member, marking);
  }

  /**
   * Who may see the member list of a sharing community (ISO/IEC 27010): its owner always, its
   * members when the community says so, nobody else; a suspended organization not even its own.
   */
  public boolean permitsMemberList(
      Viewer viewer, boolean owner, boolean member, boolean membersVisible) {
    if (viewer.isAnonymous() || viewer.suspended()) {
      return false;
    }
    return owner || member && membersVisible;
  }

  /**
   * Who may change a marking, which decides who may see the object next: any member of the author
   * organization may narrow it ({@link Marking#isNarrowedBy}); loosening it takes an org admin of
   * the author organization; a suspended organization changes nothing.
   */
  public Decision decideMarkingChange(
      Viewer viewer, boolean orgAdmin, Marking current, Marking next) {
    if (viewer.suspended()
        || viewer.organization() == null
        || !viewer.organization().equals(current.author())) {
      return Decision.deny(
          "change-author",
          "Only the author organization, " + current.author() + ", changes this marking.");
    }
    if (current.isNarrowedBy(next)) {
      return Decision.permit("change-narrow", "The new marking shows it to no one new.");
    }
    return orgAdmin
        ? Decision.permit("change-loosen", "An org admin of " + current.author() + " loosens it.")
        : Decision.deny(
            "change-loosen", "Loosening a marking takes an org admin of " + current.author() + ".");
  }

  /**
   * Who may read a feed (a TAXII 2.1 collection, section 5.1): anyone signed in reads the shared
   * feed, whose objects the per-object rules filter; a feed for a minimum tier takes an
   * organization in good standing vetted at that tier or above; a community's feed takes a member
   * in good standing (ISO/IEC 27010).
   */
  public Decision decideFeedRead(Viewer viewer, Tier minTier, String community) {
    if (viewer.isAnonymous()) {
      return Decision.deny("feed-anonymous", "Feeds are for signed-in callers.");
    }
    if ((minTier != null || community != null) && viewer.suspended()) {
      return Decision.deny(
          "suspended", "Your organization is suspended: it reads the shared feed only.");
    }
    if (minTier != null && !viewer.atLeast(minTier)) {
      return Decision.deny(
          "feed-tier",
          "This feed is for organizations of tier "
              + minTier
              + " and above; yours is "
              + (viewer.tier() == null ? "none" : viewer.tier())
              + ".");
    }
    if (community != null && !viewer.communities().contains(community)) {
      return Decision.deny(
          "feed-community", "This feed is for members of the community " + community + ".");
    }
    return Decision.permit("feed-read", "You may read this feed; each object follows its marking.");
  }

  /**
   * Who may read the public feed (rule 1: TLP:CLEAR for anyone, also without signing in): everyone.
   * Its objects are read as the anonymous caller reads them, so it shows TLP:CLEAR only, to
   * signed-in callers too.
   */
  public Decision decidePublicFeedRead(Viewer viewer) {
    return Decision.permit(
        "public-feed",
        "The public feed shows TLP:CLEAR objects to anyone, also without signing in.");
  }

  /** Who may add to the public feed: nobody; TLP:CLEAR content is shared in the shared feed. */
  public Decision decidePublicFeedWrite(Viewer viewer) {
    return Decision.deny(
        "public-feed-read-only",
        "The public feed is read-only: share TLP:CLEAR content in the shared collection.");
  }

  /**
   * Who may add to a feed: a reader of it whose organization is in good standing and whose role
   * submits content ({@code submitter} or {@code analyst}).
   */
  public Decision decideFeedWrite(
      Viewer viewer, boolean submittingRole, Tier minTier, String community) {
    Decision read = decideFeedRead(viewer, minTier, community);
    if (!read.permitted()) {
      return read;
    }
    if (viewer.organization() == null || viewer.suspended()) {
      return Decision.deny(
          "feed-write", "Adding to a feed takes a member organization in good standing.");
    }
    return submittingRole
        ? Decision.permit("feed-write", "You may add to this feed for " + viewer.organization())
        : Decision.deny("feed-write", "Adding to a feed takes the submitter or analyst role.");
  }

  /**
   * Who may delete a shared object (TAXII 2.1 section 5.7): members of its author organization in
   * good standing whose role submits content.
   */
  public Decision decideDelete(Viewer viewer, boolean submittingRole, OrganizationId author) {
    if (viewer.suspended()
        || viewer.organization() == null
        || !viewer.organization().equals(author)
        || !submittingRole) {
      return Decision.deny(
          "delete-author",
          "Only a submitter or analyst of the author organization, " + author + ", deletes it.");
    }
    return Decision.permit("delete-author", "Your organization, " + author + ", authored it.");
  }

  /**
   * Who may read the status of a submission (TAXII 2.1 section 4.3): the caller who submitted it,
   * told by subject (a person or a machine client), and the other members of their organization.
   *
   * @param submitterSubject the subject of the submitter; null for statuses recorded before
   *     subjects were (migration V10), which only the organization reads
   */
  public boolean permitsSubmissionStatus(
      Viewer viewer, String submitterSubject, String organization) {
    if (viewer.isAnonymous()) {
      return false;
    }
    return viewer.subject().equals(submitterSubject)
        || organization != null
            && viewer.organization() != null
            && organization.equals(viewer.organization().value());
  }

  // ---------------------------------------------------------------- the query face

  /**
   * The rules of {@link #decide} as a predicate on {@code marking}, a path of the query's (e.g.
   * {@code root.join("marking")}).
   */
  public Predicate predicate(
      Viewer viewer, CriteriaBuilder cb, AbstractQuery<?> query, From<?, Marking> marking) {
    Path<TlpLevel> level = marking.get("level");
    Predicate clear = cb.equal(level, TlpLevel.CLEAR);
    if (viewer.isAnonymous() || viewer.suspended()) {
      return clear;
    }
    List<Predicate> byLevel = new ArrayList<>();
    if (viewer.atLeast(Tier.T1)) {
      byLevel.add(
          cb.and(
              cb.equal(level, TlpLevel.GREEN),
              cb.or(
                  cb.not(cb.exists(audience(cb, query, marking, "communities", null))),
                  inCommunities(cb, query, marking, viewer))));
    }
    if (viewer.organization() != null) {
      Predicate listed =
          cb.exists(audience(cb, query, marking, "organizations", viewer.organization().value()));
      byLevel.add(
          cb.and(
              cb.equal(level, TlpLevel.AMBER),
              cb.or(listed, inCommunities(cb, query, marking, viewer))));
      byLevel.add(cb.and(cb.equal(level, TlpLevel.AMBER_STRICT), listed));
    }
    byLevel.add(
        cb.and(
            cb.equal(level, TlpLevel.RED),
            cb.exists(audience(cb, query, marking, "people", viewer.subject()))));

    Expression<Tier> minTier = marking.get("minTier");
    Predicate tierOk =
        viewer.tier() == null
            ? cb.isNull(minTier)
            : cb.or(cb.isNull(minTier), cb.lessThanOrEqualTo(minTier, viewer.tier()));
    Predicate audience = cb.and(tierOk, cb.or(byLevel.toArray(Predicate[]::new)));
    return viewer.organization() == null
        ? cb.or(clear, audience)
        : cb.or(
            clear,
            cb.equal(marking.get("authorOrganization"), viewer.organization().value()),
            audience);
  }

  /** What {@link #permitsMetadata} allows, as a predicate: everything for operators. */
  public Predicate metadataPredicate(
      Viewer viewer, CriteriaBuilder cb, AbstractQuery<?> query, From<?, Marking> marking) {
    return seesAllMetadata(viewer) ? cb.conjunction() : predicate(viewer, cb, query, marking);
  }

  private static Predicate inCommunities(
      CriteriaBuilder cb, AbstractQuery<?> query, From<?, Marking> marking, Viewer viewer) {
    if (viewer.communities().isEmpty()) {
      return cb.disjunction();
    }
    Subquery<Integer> sub = query.subquery(Integer.class);
    From<?, Marking> correlated = correlate(sub, marking);
    Join<Marking, String> community = correlated.join("communities");
    return cb.exists(sub.select(cb.literal(1)).where(community.in(viewer.communities())));
  }

  /**
   * {@code exists} an entry of the audience collection {@code name}; equal to {@code value} unless
   * null.
   */
  private static Subquery<Integer> audience(
      CriteriaBuilder cb,
      AbstractQuery<?> query,
      From<?, Marking> marking,
      String name,
      String value) {
    Subquery<Integer> sub = query.subquery(Integer.class);
    Join<Marking, String> entry = correlate(sub, marking).join(name);
    sub.select(cb.literal(1));
    return value == null ? sub : sub.where(cb.equal(entry, value));
  }

  @SuppressWarnings("unchecked")
  private static From<?, Marking> correlate(Subquery<?> sub, From<?, Marking> marking) {
    Object path = marking;
    return path instanceof Root<?> root
        ? sub.correlate((Root<Marking>) root)
        : sub.correlate((Join<?, Marking>) path);
  }

  private static Set<String> intersection(Set<String> a, Set<String> b) {
    Set<String> shared = new TreeSet<>(a);
    shared.retainAll(b);
    return shared;
  }

  private static Set<String> sorted(Set<String> values) {
    return new TreeSet<>(values);
  }

  private static Set<String> named(Set<String> communities, Function<String, String> name) {
    Set<String> names = new TreeSet<>();
    communities.forEach(id -> names.add(Objects.requireNonNullElse(name.apply(id), id)));
    return names;
  }
}
