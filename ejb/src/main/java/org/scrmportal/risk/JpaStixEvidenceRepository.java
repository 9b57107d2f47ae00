package org.scrmportal.risk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.scrmportal.access.AccessPolicy;
import org.scrmportal.access.Marking;
import org.scrmportal.access.Viewer;
import org.scrmportal.stix.store.Share;
import org.scrmportal.stix.store.StoredObject;

/**
 * The sightings part's reads of the STIX store, each through the access policy's predicate on the
 * marking of every share (as {@code JpaObjectRepository} reads it): a version counts when any of
 * its shares permits the viewer.
 */
@ApplicationScoped
class JpaStixEvidenceRepository implements StixEvidenceRepository {

  /** Ids per IN list. */
  private static final int CHUNK = 500;

  @PersistenceContext(unitName = "scrm")
  EntityManager em;

  @Inject AccessPolicy policy;

  @Override
  public List<StixVersion> sightingsSince(Viewer viewer, Instant since) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Tuple> q = cb.createTupleQuery();
    Root<StoredObject> o = q.from(StoredObject.class);
    q.multiselect(o.get("objectId"), o.get("version"), o.get("json"))
        .where(
            cb.equal(o.get("type"), "sighting"),
            cb.isFalse(o.get("revoked")),
            cb.greaterThanOrEqualTo(o.get("version"), since),
            cb.exists(visibleShare(viewer, cb, q, o)))
        .orderBy(cb.desc(o.get("version")), cb.desc(o.get("seq")));
    return rows(em.createQuery(q).setMaxResults(MAX_SIGHTINGS).getResultList());
  }

  @Override
  public List<StixVersion> indicators(Viewer viewer, Collection<String> ids) {
    List<String> all = List.copyOf(ids);
    List<StixVersion> found = new ArrayList<>();
    for (int i = 0; i < all.size(); i += CHUNK) {
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<Tuple> q = cb.createTupleQuery();
      Root<StoredObject> o = q.from(StoredObject.class);
      q.multiselect(o.get("objectId"), o.get("version"), o.get("json"))
          .where(
              cb.equal(o.get("type"), "indicator"),
              cb.isFalse(o.get("revoked")),
              o.get("objectId").in(all.subList(i, Math.min(all.size(), i + CHUNK))),
              cb.exists(visibleShare(viewer, cb, q, o)));
      found.addAll(rows(em.createQuery(q).getResultList()));
    }
    return found;
  }

  /** {@code exists} a share of the version {@code o} whose marking permits the viewer. */
  private Subquery<Integer> visibleShare(
      Viewer viewer, CriteriaBuilder cb, AbstractQuery<?> query, Root<StoredObject> o) {
    Subquery<Integer> sub = query.subquery(Integer.class);
    Root<Share> share = sub.from(Share.class);
    Join<Share, Marking> marking = share.join("marking");
    Predicate visible = policy.predicate(viewer, cb, sub, marking);
    return sub.select(cb.literal(1)).where(cb.equal(share.get("objectSeq"), o.get("seq")), visible);
  }

  private static List<StixVersion> rows(List<Tuple> tuples) {
    return tuples.stream()
        .map(
            t ->
                new StixVersion(
                    t.get(0, String.class), t.get(1, Instant.class), t.get(2, String.class)))
        .toList();
  }
}
