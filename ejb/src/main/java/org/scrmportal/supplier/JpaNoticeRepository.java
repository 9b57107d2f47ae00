package org.scrmportal.supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.scrmportal.access.AccessPolicy;
import org.scrmportal.access.Marking;
import org.scrmportal.access.Viewer;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.platform.UnfilteredRead;

@ApplicationScoped
class JpaNoticeRepository implements NoticeRepository {

  @PersistenceContext(unitName = "scrm")
  EntityManager em;

  @Inject AccessPolicy policy;

  @Override
  public List<Notice> open(Viewer viewer, int limit) {
    if (viewer.organization() == null) {
      return List.of();
    }
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Notice> q = cb.createQuery(Notice.class);
    Root<Notice> notice = q.from(Notice.class);
    q.where(inbox(viewer, cb, q, notice), cb.equal(notice.get("status"), Notice.Status.OPEN))
        .orderBy(cb.desc(notice.get("updatedAt")), cb.desc(notice.get("id")));
    return em.createQuery(q).setMaxResults(limit).getResultList();
  }

  @Override
  public long countOpen(Viewer viewer) {
    if (viewer.organization() == null) {
      return 0;
    }
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<Notice> notice = q.from(Notice.class);
    q.select(cb.count(notice))
        .where(inbox(viewer, cb, q, notice), cb.equal(notice.get("status"), Notice.Status.OPEN));
    return em.createQuery(q).getSingleResult();
  }

  @Override
  public Optional<Notice> find(Viewer viewer, long id) {
    if (viewer.organization() == null) {
      return Optional.empty();
    }
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Notice> q = cb.createQuery(Notice.class);
    Root<Notice> notice = q.from(Notice.class);
    q.where(cb.equal(notice.get("id"), id), inbox(viewer, cb, q, notice));
    return em.createQuery(q).getResultList().stream().findFirst();
  }

  /**
   * The viewer's inbox: its organization's notices for the whole organization or for the viewer by
   * name, whose advisory the viewer may see now (a marking narrowed later hides them again).
   */
  private Predicate inbox(
      Viewer viewer, CriteriaBuilder cb, CriteriaQuery<?> q, Root<Notice> notice) {
    Join<Notice, Marking> marking = notice.join("marking");
    return cb.and(
        cb.equal(notice.get("organization"), viewer.organization().value()),
        cb.or(
            cb.isNull(notice.get("recipient")),
            cb.equal(notice.get("recipient"), viewer.subject())),
        policy.predicate(viewer, cb, q, marking));
  }

  @Override
  @UnfilteredRead(
      "revising notices when the publisher stores a new document; the notices changed reach their"
          + " organizations only through the inbox, which applies the policy")
  public List<Notice> ofPublisher(
      OrganizationId publisher, Collection<String> vulnerabilities, Collection<Long> entryIds) {
    if (vulnerabilities.isEmpty() || entryIds.isEmpty()) {
      return List.of();
    }
    List<Notice> found = new ArrayList<>();
    List<Long> ids = List.copyOf(entryIds);
    for (int i = 0; i < ids.size(); i += 500) {
      found.addAll(
          em.createQuery(
                  "select n from Notice n where n.publisher = :publisher"
                      + " and n.vulnerability in :vulnerabilities and n.entry.id in :entries",
                  Notice.class)
              .setParameter("publisher", publisher.value())
              .setParameter("vulnerabilities", List.copyOf(vulnerabilities))
              .setParameter("entries", ids.subList(i, Math.min(ids.size(), i + 500)))
              .getResultList());
    }
    return found;
  }

  @Override
  public void store(Notice notice) {
    em.persist(notice);
  }
}
