package org.scrmportal.advisory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.scrmportal.access.AccessPolicy;
import org.scrmportal.access.Marking;
import org.scrmportal.access.Viewer;
import org.scrmportal.platform.DailyCounts;
import org.scrmportal.platform.TlpLevel;

/**
 * How many advisory revisions a viewer may see were added on each day, per TLP level of their
 * marking: the dashboard's counts, each query through the access policy's predicate.
 */
@ApplicationScoped
class JpaAdvisoryArrivals {

  @PersistenceContext(unitName = "scrm")
  EntityManager em;

  @Inject AccessPolicy policy;

  /** Revisions the viewer may see, added on each day of {@code frame}, per TLP level's name. */
  DailyCounts byLevel(Viewer viewer, DailyCounts frame) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Tuple> q = cb.createTupleQuery();
    Root<Advisory> a = q.from(Advisory.class);
    Join<Advisory, Marking> marking = a.join("marking");
    Path<Instant> added = a.get("addedAt");
    List<Instant> bounds = frame.bounds();
    List<Selection<?>> select = new ArrayList<>();
    select.add(marking.get("level"));
    for (int day = 0; day < frame.days(); day++) {
      Predicate onDay =
          cb.and(
              cb.greaterThanOrEqualTo(added, bounds.get(day)),
              cb.lessThan(added, bounds.get(day + 1)));
      select.add(cb.sum(cb.<Long>selectCase().when(onDay, 1L).otherwise(0L)));
    }
    q.multiselect(select)
        .where(
            cb.greaterThanOrEqualTo(added, bounds.get(0)),
            cb.lessThan(added, bounds.get(frame.days())),
            policy.predicate(viewer, cb, q, marking))
        .groupBy(marking.get("level"));
    DailyCounts counts = frame;
    for (Tuple row : em.createQuery(q).getResultList()) {
      List<Long> perDay = new ArrayList<>(frame.days());
      for (int day = 0; day < frame.days(); day++) {
        Number n = (Number) row.get(day + 1);
        perDay.add(n == null ? 0L : n.longValue());
      }
      counts = counts.plus(row.get(0, TlpLevel.class).name(), perDay);
    }
    return counts;
  }
}
