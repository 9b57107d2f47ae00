package org.scrmportal.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.scrmportal.platform.DomainException;

/**
 * The people who have signed in, by subject: who a user name names now, and the user name of a
 * subject for display. People are compared by subject everywhere (TLP:RED audiences, who submitted
 * what); the interfaces keep taking and showing user names, which this bean translates.
 */
@Stateless
@PermitAll
public class People {

  /** How a subject no person has signed in with is shown. */
  public static final String NOT_SEEN_YET = "a person not seen yet";

  @Inject PersonRepository people;

  /**
   * Records that {@code principal}, a person, signed in at {@code at}: their user name, display
   * name and organization as the token says now. A user name that someone else held passes to this
   * person. Machine clients and the anonymous caller are not recorded.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordSeen(PortalPrincipal principal, Instant at) {
    if (principal.isServiceAccount() || principal.subject().isEmpty()) {
      return;
    }
    String subject = principal.subject().get();
    String organization = principal.organization().map(o -> o.id().value()).orElse(null);
    people.releaseUsername(principal.username(), subject);
    people
        .find(subject)
        .ifPresentOrElse(
            p -> p.seen(principal.username(), principal.displayName(), organization, at),
            () ->
                people.store(
                    new Person(
                        subject, principal.username(), principal.displayName(), organization, at)));
  }

  /**
   * The subjects of the people {@code names} names: each a user name a person signed in with last,
   * or the subject of a known person.
   *
   * @throws DomainException INVALID naming every name no person who has signed in goes by
   */
  public Set<String> subjectsOf(Collection<String> names) {
    if (names.isEmpty()) {
      return Set.of();
    }
    Map<String, String> byName = new HashMap<>();
    people.findByUsernames(names).forEach(p -> byName.put(p.username().orElseThrow(), p.subject()));
    List<String> rest = names.stream().filter(n -> !byName.containsKey(n)).toList();
    Set<String> knownSubjects = new TreeSet<>();
    people.findAll(rest).forEach(p -> knownSubjects.add(p.subject()));
    Set<String> subjects = new LinkedHashSet<>();
    Set<String> unknown = new TreeSet<>();
    for (String name : names) {
      if (byName.containsKey(name)) {
        subjects.add(byName.get(name));
      } else if (knownSubjects.contains(name)) {
        subjects.add(name);
      } else {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      throw new DomainException(
          DomainException.Kind.INVALID,
          "No person known to the portal goes by "
              + String.join(", ", unknown)
              + ": name people by their user name; a person is known once they have signed in.");
    }
    return Set.copyOf(subjects);
  }

  /**
   * The user name of each of {@code subjects} for display: the one the person signed in with last,
   * else their display name (someone else took their user name), else {@link #NOT_SEEN_YET}.
   */
  public Map<String, String> usernames(Collection<String> subjects) {
    Map<String, String> names = new HashMap<>();
    subjects.forEach(s -> names.put(s, NOT_SEEN_YET));
    people
        .findAll(subjects)
        .forEach(p -> names.put(p.subject(), p.username().orElse(p.displayName())));
    return names;
  }
}
