package org.scrmportal.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where the people who have signed in are kept. */
public interface PersonRepository {

  Optional<Person> find(String subject);

  /** The person who holds {@code username} now. */
  Optional<Person> findByUsername(String username);

  /** The people among {@code subjects} who are known (unknown subjects are left out). */
  List<Person> findAll(Collection<String> subjects);

  /** The people who hold these user names now (unknown names are left out). */
  List<Person> findByUsernames(Collection<String> usernames);

  /**
   * Takes {@code username} from whoever holds it other than {@code subject}, at once: a user name
   * belongs to the latest person who signed in with it.
   */
  void releaseUsername(String username, String subject);

  void store(Person person);
}
