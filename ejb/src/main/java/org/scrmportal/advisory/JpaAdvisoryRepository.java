package org.scrmportal.advisory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scrmportal.access.AccessPolicy;
import org.scrmportal.access.Marking;
import org.scrmportal.access.Viewer;
import org.scrmportal.advisory.provider.PublishedAdvisories;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.platform.TlpLevel;
import org.scrmportal.platform.UnfilteredRead;

/**
 * The advisory store on JPA. Every read of advisories applies the access policy's predicate to the
 * revision's marking, so the database returns only what the viewer may see; it is also the
 * provider's {@link PublishedAdvisories}.
 */
@ApplicationScoped
class JpaAdvisoryRepository implements AdvisoryRepository, PublishedAdvisories {

  @PersistenceContext(unitName = "scrm")
  EntityManager em;

  @Inject AccessPolicy policy;

  @Override
  public void store(Advisory advisory) {
    em.persist(advisory);
  }

  @Override
  public Optional<Advisory> find(Viewer viewer, long id) {
    return find(viewer, id, true);
  }

  @Override
  public Optional<Advisory> findMetadata(Viewer viewer, long id) {
    return find(viewer, id, false);
  }

  private Optional<Advisory> find(Viewer viewer, long id, boolean withContent) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Advisory> q = cb.createQuery(Advisory.class);
    Root<Advisory> a = q.from(Advisory.class);
    if (withContent) {
      a.fetch("content");
    }
    q.where(cb.equal(a.get("id"), id), policy.predicate(viewer, cb, q, fetchMarking(a)));
    return em.createQuery(q).setMaxResults(1).getResultList().stream().findFirst();
  }

  @Override
  public List<Advisory> list(Viewer viewer, AdvisoryQuery query) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Advisory> q = cb.createQuery(Advisory.class);
    Root<Advisory> a = q.from(Advisory.class);
    Join<Advisory, Marking> marking = fetchMarking(a);
    List<Predicate> where = new ArrayList<>();
    where.add(policy.predicate(viewer, cb, q, marking));
    if (!query.allRevisions()) {
      where.add(cb.isTrue(a.get("latest")));
    }
    if (!query.withDrafts()) {
      where.add(cb.notEqual(a.get("status"), CsafDocument.DRAFT));
    }
    query.before().ifPresent(id -> where.add(cb.lessThan(a.get("id"), id)));
    query.publisher().ifPresent(org -> where.add(cb.equal(a.get("organization"), org.value())));
    query.level().ifPresent(level -> where.add(cb.equal(marking.get("level"), level)));
    q.where(where.toArray(Predicate[]::new)).orderBy(cb.desc(a.get("id")));
    return em.createQuery(q).setMaxResults(query.limit()).getResultList();
  }

  @Override
  public List<Advisory> revisions(Viewer viewer, String trackingKey) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Advisory> q = cb.createQuery(Advisory.class);
    Root<Advisory> a = q.from(Advisory.class);
    q.where(
            cb.equal(a.get("trackingKey"), trackingKey),
            policy.predicate(viewer, cb, q, fetchMarking(a)))
        .orderBy(cb.asc(a.get("id")));
    return em.createQuery(q).getResultList();
  }

  @Override
  public List<Advisory> published(Viewer viewer, TlpLevel tlp) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Advisory> q = cb.createQuery(Advisory.class);
    Root<Advisory> a = q.from(Advisory.class);
    Join<Advisory, Marking> marking = fetchMarking(a);
    q.where(publishedAt(viewer, cb, q, a, marking, tlp).toArray(Predicate[]::new))
        .orderBy(cb.desc(a.get("currentReleaseDate")), cb.desc(a.get("id")));
    return em.createQuery(q).getResultList();
  }

  @Override
  public Optional<Advisory> published(Viewer viewer, TlpLevel tlp, int year, String fileName) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Advisory> q = cb.createQuery(Advisory.class);
    Root<Advisory> a = q.from(Advisory.class);
    a.fetch("content");
    Join<Advisory, Marking> marking = fetchMarking(a);
    List<Predicate> where = publishedAt(viewer, cb, q, a, marking, tlp);
    where.add(cb.equal(a.get("year"), year));
    where.add(cb.equal(a.get("fileName"), fileName));
    // two publishers may use the same file name in a year: the most recently added wins
    q.where(where.toArray(Predicate[]::new)).orderBy(cb.desc(a.get("id")));
    return em.createQuery(q).setMaxResults(1).getResultList().stream().findFirst();
  }

  /** Latest, not a draft, at {@code tlp}, and visible to the viewer. */
  private List<Predicate> publishedAt(
      Viewer viewer,
      CriteriaBuilder cb,
      CriteriaQuery<?> q,
      Root<Advisory> a,
      Join<Advisory, Marking> marking,
      TlpLevel tlp) {
    List<Predicate> where = new ArrayList<>();
    where.add(cb.isTrue(a.get("latest")));
    where.add(cb.notEqual(a.get("status"), CsafDocument.DRAFT));
    where.add(cb.equal(marking.get("level"), tlp));
    where.add(policy.predicate(viewer, cb, q, marking));
    return where;
  }

  @Override
  @UnfilteredRead(
      "locks the tracking row of a namespace the submitter's organization owns (checked before);"
          + " it holds no advisory content, only its owner and a count")
  public Optional<Tracking> lockTracking(String key) {
    return Optional.ofNullable(em.find(Tracking.class, key, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void store(Tracking tracking) {
    em.persist(tracking);
    em.flush();
  }

  @Override
  @UnfilteredRead("namespace grants are not marked objects: who owns a namespace is not secret")
  public Optional<OrganizationId> ownerOf(String normalizedNamespace) {
    return Optional.ofNullable(em.find(PublisherNamespace.class, normalizedNamespace))
        .map(PublisherNamespace::organization);
  }

  @Override
  @UnfilteredRead("namespace grants are not marked objects: who owns a namespace is not secret")
  public List<PublisherNamespace> namespaces(OrganizationId organization) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<PublisherNamespace> q = cb.createQuery(PublisherNamespace.class);
    Root<PublisherNamespace> n = q.from(PublisherNamespace.class);
    if (organization != null) {
      q.where(cb.equal(n.get("organization"), organization.value()));
    }
    q.orderBy(cb.asc(n.get("organization")), cb.asc(n.get("namespace")));
    return em.createQuery(q).getResultList();
  }

  @Override
  public void store(PublisherNamespace namespace) {
    em.persist(namespace);
    em.flush();
  }

  @SuppressWarnings("unchecked")
  private static Join<Advisory, Marking> fetchMarking(Root<Advisory> advisory) {
    return (Join<Advisory, Marking>) advisory.<Advisory, Marking>fetch("marking");
  }
}
