package org.scrmportal.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.scrmportal.access.AccessPolicy;
import org.scrmportal.access.Marking;
import org.scrmportal.access.Viewer;

@ApplicationScoped
class JpaAlertRepository implements AlertRepository {

  @PersistenceContext(unitName = "scrm")
  EntityManager em;

  @Inject AccessPolicy policy;

  @Override
  public void store(Alert alert) {
    em.persist(alert);
  }

  @Override
  public Optional<Alert> find(Viewer viewer, String id) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Alert> q = cb.createQuery(Alert.class);
    Root<Alert> alert = q.from(Alert.class);
    q.where(
        cb.equal(alert.get("id"), id),
        policy.metadataPredicate(viewer, cb, q, fetchMarking(alert)));
    return em.createQuery(q).setMaxResults(1).getResultList().stream().findFirst();
  }

  @Override
  public List<Alert> page(Viewer viewer, Instant afterCreated, String afterId, int limit) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Alert> q = cb.createQuery(Alert.class);
    Root<Alert> alert = q.from(Alert.class);
    Predicate visible = policy.metadataPredicate(viewer, cb, q, fetchMarking(alert));
    if (afterCreated != null) {
      // created >= cursor follows from the keyset condition; it lets the scan of alert_created_ix
      // start at the cursor instead of reading every row before it
      // (docs/ACCESS-POLICY-QUERY-PLANS.md)
      Path<Instant> created = alert.get("created");
      visible =
          cb.and(
              visible,
              cb.greaterThanOrEqualTo(created, afterCreated),
              cb.or(
                  cb.greaterThan(created, afterCreated),
                  cb.and(
                      cb.equal(created, afterCreated), cb.greaterThan(alert.get("id"), afterId))));
    }
    q.where(visible).orderBy(cb.asc(alert.get("created")), cb.asc(alert.get("id")));
    return em.createQuery(q).setMaxResults(limit).getResultList();
  }

  @Override
  public long count(Viewer viewer) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<Alert> alert = q.from(Alert.class);
    Join<Alert, Marking> marking = alert.join("marking");
    // count(1), not count(id): PostgreSQL can then count from indexes without reading alert rows
    q.select(cb.count(cb.literal(1))).where(policy.metadataPredicate(viewer, cb, q, marking));
    return em.createQuery(q).getSingleResult();
  }

  /** Joins the marking and loads it with the alerts, in the same query. */
  @SuppressWarnings("unchecked")
  private static Join<Alert, Marking> fetchMarking(Root<Alert> alert) {
    return (Join<Alert, Marking>) alert.<Alert, Marking>fetch("marking");
  }
}
