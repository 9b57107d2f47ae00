package org.scrmportal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaPersonRepository implements PersonRepository {

  @PersistenceContext(unitName = "scrm")
  EntityManager em;

  @Override
  public Optional<Person> find(String subject) {
    return Optional.ofNullable(em.find(Person.class, subject));
  }

  @Override
  public Optional<Person> findByUsername(String username) {
    return findByUsernames(List.of(username)).stream().findFirst();
  }

  @Override
  public List<Person> findAll(Collection<String> subjects) {
    if (subjects.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select p from Person p where p.subject in :subjects", Person.class)
        .setParameter("subjects", subjects)
        .getResultList();
  }

  @Override
  public List<Person> findByUsernames(Collection<String> usernames) {
    if (usernames.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select p from Person p where p.username in :names", Person.class)
        .setParameter("names", usernames)
        .getResultList();
  }

  @Override
  public void releaseUsername(String username, String subject) {
    em.createQuery(
            "update Person p set p.username = null"
                + " where p.username = :username and p.subject <> :subject")
        .setParameter("username", username)
        .setParameter("subject", subject)
        .executeUpdate();
  }

  @Override
  public void store(Person person) {
    em.persist(person);
  }
}
