package org.scrmportal.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
class JpaMarkingChangeRepository implements MarkingChangeRepository {

  @PersistenceContext(unitName = "scrm")
  EntityManager em;

  @Override
  public void store(MarkingChange change) {
    em.persist(change);
  }

  @Override
  public List<MarkingChange> history(Marking marking) {
    return em.createQuery(
            "select c from MarkingChange c where c.marking = :m order by c.changedAt",
            MarkingChange.class)
        .setParameter("m", marking.id())
        .getResultList();
  }
}
