package org.scrmportal.access;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.TlpLevel;

/**
 * The marking of one shared object: its TLP 2.0 level, who authored it, its audience (member
 * organizations, sharing communities, named people) and an optional minimum tier. Every shareable
 * object owns one; the access policy reads nothing else. People are named by their stable subject
 * (the token's {@code sub}), never by user name.
 */
@Entity
@Table(name = "marking")
public class Marking {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "marking_seq")
  @SequenceGenerator(name = "marking_seq", sequenceName = "marking_seq", allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "tlp", nullable = false, length = 16)
  private TlpLevel level;

  @Convert(converter = TierRankConverter.class)
  @Column(name = "min_tier")
  private Tier minTier;

  @Column(name = "author_org_id", nullable = false, length = 63)
  private String authorOrganization;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "marking_organization", joinColumns = @JoinColumn(name = "marking_id"))
  @Column(name = "org_id", length = 63)
  private Set<String> organizations = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "marking_community", joinColumns = @JoinColumn(name = "marking_id"))
  @Column(name = "community_id", length = 36)
  private Set<String> communities = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "marking_person", joinColumns = @JoinColumn(name = "marking_id"))
  @Column(name = "subject", length = 256)
  private Set<String> people = new HashSet<>();

  protected Marking() {}

  private Marking(
      TlpLevel level,
      OrganizationId author,
      Set<String> organizations,
      Set<String> communities,
      Set<String> people,
      Tier minTier) {
    this.level = Objects.requireNonNull(level, "level");
    this.authorOrganization = Objects.requireNonNull(author, "author").value();
    this.organizations = new HashSet<>(organizations);
    this.communities = new HashSet<>(communities);
    this.people = new HashSet<>(people);
    this.minTier = minTier;
  }

  /**
   * A marking, checked against TLP 2.0: CLEAR carries no audience and no minimum tier; GREEN may
   * name communities; AMBER organizations and communities; AMBER+STRICT organizations only; RED
   * people only.
   *
   * @throws IllegalArgumentException naming what does not fit the level
   */
  public static Marking of(
      TlpLevel level,
      OrganizationId author,
      Set<String> organizations,
      Set<String> communities,
      Set<String> people,
      Tier minTier) {
    Objects.requireNonNull(level, "level");
    Set<String> orgs = Set.copyOf(organizations);
    Set<String> comms = Set.copyOf(communities);
    Set<String> persons = Set.copyOf(people);
    orgs.forEach(OrganizationId::new);
    switch (level) {
      case CLEAR ->
          require(
              orgs.isEmpty() && comms.isEmpty() && persons.isEmpty() && minTier == null,
              "TLP:CLEAR is for anyone: it takes no audience and no minimum tier");
      case GREEN ->
          require(
              orgs.isEmpty() && persons.isEmpty(),
              "TLP:GREEN is shared with the community: list sharing communities, not organizations or people");
      case AMBER ->
          require(
              persons.isEmpty(),
              "TLP:AMBER goes to organizations and communities, not named people");
      case AMBER_STRICT ->
          require(
              comms.isEmpty() && persons.isEmpty(),
              "TLP:AMBER+STRICT goes to the listed organizations only");
      case RED -> require(orgs.isEmpty() && comms.isEmpty(), "TLP:RED goes to named people only");
    }
    return new Marking(level, author, orgs, comms, persons, minTier);
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  /** Takes the level, audience and minimum tier of {@code other}; the author stays. */
  public void replaceWith(Marking other) {
    this.level = other.level;
    this.minTier = other.minTier;
    this.organizations = new HashSet<>(other.organizations);
    this.communities = new HashSet<>(other.communities);
    this.people = new HashSet<>(other.people);
  }

  /**
   * Whether {@code next} shows the object to no one this marking does not, so that any member of
   * the author organization may apply it. Decided conservatively, level by level: from TLP:CLEAR
   * anything narrows; otherwise the level may only rise where the new audience is provably inside
   * the old one (AMBER to AMBER+STRICT with a subset of its organizations), or stay with a subset
   * of its audience; a minimum tier may rise, never fall. Everything else loosens the marking.
   */
  public boolean isNarrowedBy(Marking next) {
    if (level == TlpLevel.CLEAR) {
      return true;
    }
    if (rank(next.minTier) < rank(minTier)) {
      return false;
    }
    return switch (next.level) {
      case CLEAR -> false;
      case GREEN ->
          level == TlpLevel.GREEN
              && (communities.isEmpty()
                  || !next.communities.isEmpty() && communities.containsAll(next.communities));
      case AMBER ->
          level == TlpLevel.AMBER
              && organizations.containsAll(next.organizations)
              && communities.containsAll(next.communities);
      case AMBER_STRICT ->
          (level == TlpLevel.AMBER || level == TlpLevel.AMBER_STRICT)
              && organizations.containsAll(next.organizations);
      case RED -> level == TlpLevel.RED && people.containsAll(next.people);
    };
  }

  private static int rank(Tier tier) {
    return tier == null ? -1 : tier.ordinal();
  }

  public Long id() {
    return id;
  }

  public TlpLevel level() {
    return level;
  }

  public Tier minTier() {
    return minTier;
  }

  public OrganizationId author() {
    return new OrganizationId(authorOrganization);
  }

  public Set<String> organizations() {
    return Set.copyOf(organizations);
  }

  public Set<String> communities() {
    return Set.copyOf(communities);
  }

  /** The subjects of the people a TLP:RED marking names. */
  public Set<String> people() {
    return Set.copyOf(people);
  }

  /** A stable text form, for the record of marking changes. */
  @Override
  public String toString() {
    return level.label()
        + (minTier == null ? "" : " min " + minTier)
        + " by "
        + authorOrganization
        + " orgs"
        + new TreeSet<>(organizations)
        + " communities"
        + new TreeSet<>(communities)
        + " people"
        + new TreeSet<>(people);
  }
}
