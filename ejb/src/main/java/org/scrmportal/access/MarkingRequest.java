package org.scrmportal.access;

import java.util.Set;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.TlpLevel;

/**
 * A marking as a submitter asks for it, before it is checked and given its author. {@code people}
 * are as the caller named them (user names, or subjects of known people) until the application
 * service resolves them to subjects ({@link org.scrmportal.identity.People#subjectsOf}, then {@link
 * #withPeople}).
 */
public record MarkingRequest(
    TlpLevel level,
    Set<String> organizations,
    Set<String> communities,
    Set<String> people,
    Tier minTier) {

  public MarkingRequest {
    organizations = organizations == null ? Set.of() : Set.copyOf(organizations);
    communities = communities == null ? Set.of() : Set.copyOf(communities);
    people = people == null ? Set.of() : Set.copyOf(people);
  }

  /** The same request naming {@code subjects} as its people. */
  public MarkingRequest withPeople(Set<String> subjects) {
    return new MarkingRequest(level, organizations, communities, subjects, minTier);
  }

  /** The marking, authored by {@code author}; refused with the TLP 2.0 rule it breaks. */
  public Marking toMarking(OrganizationId author) {
    if (level == null) {
      throw new DomainException(DomainException.Kind.INVALID, "A marking needs a TLP level");
    }
    try {
      return Marking.of(level, author, organizations, communities, people, minTier);
    } catch (IllegalArgumentException e) {
      throw new DomainException(DomainException.Kind.INVALID, e.getMessage());
    }
  }
}
