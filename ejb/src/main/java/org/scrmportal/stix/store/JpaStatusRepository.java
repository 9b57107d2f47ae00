package org.scrmportal.stix.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaStatusRepository implements StatusRepository {

  @PersistenceContext(unitName = "scrm")
  EntityManager em;

  @Override
  public Optional<SubmissionStatus> find(String id) {
    return Optional.ofNullable(em.find(SubmissionStatus.class, id));
  }

  @Override
  public void store(SubmissionStatus status) {
    em.persist(status);
  }

  @Override
  public int completePending(Instant at) {
    List<SubmissionStatus> pending =
        em.createQuery(
                "select s from SubmissionStatus s where s.status = 'pending'",
                SubmissionStatus.class)
            .getResultList();
    pending.forEach(
        s ->
            s.complete(
                Outcome.allFailed(
                    s.total(),
                    "Processing was interrupted by a restart of the portal; nothing of it was"
                        + " kept. Submit it again."),
                at));
    return pending.size();
  }
}
