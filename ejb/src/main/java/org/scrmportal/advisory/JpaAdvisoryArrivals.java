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
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import org.scrmportal.access.AccessPolicy;
import org.scrmportal.access.Marking;
import org.scrmportal.access.Viewer;
import org.scrmportal.platform.DailyCounts;
import org.scrmportal.platform.DailyCountsQuery;

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
    q.multiselect(
            DailyCountsQuery.select(
                cb, marking.get("level"), added, frame, DailyCountsQuery.rows(cb)))
        .where(DailyCountsQuery.within(cb, added, frame), policy.predicate(viewer, cb, q, marking))
        .groupBy(marking.get("level"));
    return DailyCountsQuery.counted(frame, em.createQuery(q).getResultList());
  }
}
