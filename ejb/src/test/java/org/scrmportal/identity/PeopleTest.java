package org.scrmportal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scrmportal.platform.DomainException;

/** Who a user name names: the person who signed in with it last, told apart by subject. */
class PeopleTest {

  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

  /** The repository's contract in memory. */
  static final class InMemoryPeople implements PersonRepository {
    final Map<String, Person> bySubject = new LinkedHashMap<>();

    @Override
    public Optional<Person> find(String subject) {
      return Optional.ofNullable(bySubject.get(subject));
    }

    @Override
    public Optional<Person> findByUsername(String username) {
      return findByUsernames(List.of(username)).stream().findFirst();
    }

    @Override
    public List<Person> findAll(Collection<String> subjects) {
      return bySubject.values().stream().filter(p -> subjects.contains(p.subject())).toList();
    }

    @Override
    public List<Person> findByUsernames(Collection<String> usernames) {
      return bySubject.values().stream()
          .filter(p -> p.username().map(usernames::contains).orElse(false))
          .toList();
    }

    @Override
    public void releaseUsername(String username, String subject) {
      bySubject.values().stream()
          .filter(p -> !p.subject().equals(subject) && p.username().equals(Optional.of(username)))
          .forEach(Person::releaseUsername);
    }

    @Override
    public void store(Person person) {
      bySubject.put(person.subject(), person);
    }
  }

  private final InMemoryPeople repository = new InMemoryPeople();
  private final People people = new People();

  {
    people.people = repository;
  }

  private static PortalPrincipal person(String subject, String username) {
    return new PortalPrincipal(
        subject, username, "Name of " + username, false, null, Set.of("consumer"));
  }

  @Test
  void aUserNameResolvesToTheSubjectOfWhoSignedInWithIt() {
    people.recordSeen(person("sub-1", "pat"), T0);
    people.recordSeen(person("sub-2", "kim"), T0);

    assertEquals(Set.of("sub-1", "sub-2"), people.subjectsOf(List.of("pat", "kim")));
    assertEquals(Set.of(), people.subjectsOf(List.of()));
  }

  @Test
  void aKnownSubjectIsAcceptedAsItIs() {
    people.recordSeen(person("sub-1", "pat"), T0);

    assertEquals(Set.of("sub-1"), people.subjectsOf(List.of("sub-1")));
    assertEquals(Set.of("sub-1"), people.subjectsOf(List.of("sub-1", "pat")));
  }

  @Test
  void anUnknownNameIsInvalidAndNamed() {
    people.recordSeen(person("sub-1", "pat"), T0);

    DomainException e =
        assertThrows(DomainException.class, () -> people.subjectsOf(List.of("pat", "nobody")));
    assertEquals(DomainException.Kind.INVALID, e.kind());
    assertTrue(e.getMessage().contains("nobody"), e.getMessage());
    assertFalse(e.getMessage().contains("pat"), "only the unknown: " + e.getMessage());
  }

  @Test
  void machineClientsAreNotPeople() {
    people.recordSeen(
        new PortalPrincipal(
            "sub-m",
            "service-account-acme-machine",
            "service-account-acme-machine",
            true,
            null,
            Set.of("submitter")),
        T0);
    people.recordSeen(PortalPrincipal.anonymous(), T0);

    assertTrue(repository.bySubject.isEmpty());
    assertThrows(
        DomainException.class, () -> people.subjectsOf(List.of("service-account-acme-machine")));
    assertThrows(DomainException.class, () -> people.subjectsOf(List.of("sub-m")));
  }

  @Test
  void aUserNameGivenToSomeoneElseNamesTheNewPersonAndTheFirstKeepsTheirSubject() {
    people.recordSeen(person("sub-1", "pat"), T0);
    Set<String> before = people.subjectsOf(List.of("pat"));
    // pat is renamed to patricia, and a new person signs in as pat
    people.recordSeen(person("sub-1", "patricia"), T0.plusSeconds(60));
    people.recordSeen(person("sub-9", "pat"), T0.plusSeconds(120));

    assertEquals(Set.of("sub-1"), before);
    assertEquals(Set.of("sub-9"), people.subjectsOf(List.of("pat")));
    assertEquals(Set.of("sub-1"), people.subjectsOf(List.of("patricia")));
    assertEquals(
        Map.of("sub-1", "patricia", "sub-9", "pat"), people.usernames(List.of("sub-1", "sub-9")));
  }

  @Test
  void aNewPersonTakesAUserNameBeforeItsHolderSignsInAgain() {
    people.recordSeen(person("sub-1", "pat"), T0);
    people.recordSeen(person("sub-9", "pat"), T0.plusSeconds(60));

    assertEquals(Set.of("sub-9"), people.subjectsOf(List.of("pat")));
    assertEquals(
        "Name of pat",
        people.usernames(List.of("sub-1")).get("sub-1"),
        "the former holder shows by display name");
  }

  @Test
  void anUnknownSubjectShowsAsNotSeenYet() {
    people.recordSeen(person("sub-1", "pat"), T0);

    assertEquals(
        Map.of("sub-1", "pat", "sub-unknown", People.NOT_SEEN_YET),
        people.usernames(List.of("sub-1", "sub-unknown")));
  }
}
