package org.scrmportal.baseline;

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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.scrmportal.access.AccessPolicy;
import org.scrmportal.access.Marking;
import org.scrmportal.access.Viewer;
import org.scrmportal.baseline.oscal.OscalKind;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.platform.UnfilteredRead;

/**
 * Publications and their controls on JPA. Every read of publications or controls applies the access
 * policy's predicate to the publication's marking, so a publication the viewer may not see is as
 * absent as one that does not exist.
 */
@ApplicationScoped
class JpaBaselineDirectory implements BaselineDirectory, PublicationRepository {

  @PersistenceContext(unitName = "scrm")
  EntityManager em;

  @Inject AccessPolicy policy;

  // ------------------------------------------------------------ BaselineDirectory

  @Override
  public List<PublicationView> publications(Viewer viewer) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Publication> q = cb.createQuery(Publication.class);
    Root<Publication> p = q.from(Publication.class);
    Join<Publication, Marking> marking = p.join("marking");
    q.where(cb.isTrue(p.get("latest")), policy.predicate(viewer, cb, q, marking))
        .orderBy(cb.asc(p.get("publisher")), cb.asc(p.get("name")));
    return em.createQuery(q).getResultList().stream().map(Publication::view).toList();
  }

  @Override
  public List<PublicationView> versions(Viewer viewer, String publisher, String name) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Publication> q = cb.createQuery(Publication.class);
    Root<Publication> p = q.from(Publication.class);
    Join<Publication, Marking> marking = p.join("marking");
    q.where(
            cb.equal(p.get("publisher"), publisher),
            cb.equal(p.get("name"), name),
            policy.predicate(viewer, cb, q, marking))
        .orderBy(cb.desc(p.get("version")));
    return em.createQuery(q).getResultList().stream().map(Publication::view).toList();
  }

  @Override
  public Optional<PublicationView> publication(Viewer viewer, long id) {
    return find(viewer, id).map(Publication::view);
  }

  @Override
  public List<ControlView> controls(Viewer viewer, long publicationId) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<OscalControl> q = cb.createQuery(OscalControl.class);
    Root<OscalControl> c = q.from(OscalControl.class);
    Join<OscalControl, Publication> p = c.join("publication");
    Join<Publication, Marking> marking = p.join("marking");
    q.where(cb.equal(p.get("id"), publicationId), policy.predicate(viewer, cb, q, marking))
        .orderBy(cb.asc(c.get("position")));
    return em.createQuery(q).getResultList().stream().map(OscalControl::view).toList();
  }

  @Override
  public Optional<ControlView> control(Viewer viewer, long publicationId, String controlId) {
    return controlRow(viewer, publicationId, controlId).map(OscalControl::view);
  }

  @Override
  public Optional<OscalControl> controlRow(Viewer viewer, long publicationId, String controlId) {
    if (controlId == null || controlId.isBlank()) {
      return Optional.empty();
    }
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<OscalControl> q = cb.createQuery(OscalControl.class);
    Root<OscalControl> c = q.from(OscalControl.class);
    Join<OscalControl, Publication> p = c.join("publication");
    Join<Publication, Marking> marking = p.join("marking");
    q.where(
        cb.equal(p.get("id"), publicationId),
        cb.or(
            cb.equal(c.get("controlId"), ControlIds.normalize(controlId)),
            cb.equal(c.get("controlId"), controlId.strip())),
        policy.predicate(viewer, cb, q, marking));
    return em.createQuery(q).setMaxResults(1).getResultList().stream().findFirst();
  }

  @Override
  public List<ControlView> search(Viewer viewer, String text, int limit) {
    return find(viewer, null, text, limit);
  }

  @Override
  public List<ControlView> search(Viewer viewer, long publicationId, String text, int limit) {
    return find(viewer, publicationId, text, limit);
  }

  /**
   * Controls containing the text, those whose title (or id) matches first, then the newest
   * publications first, in document order; of the newest versions, or of one publication.
   */
  private List<ControlView> find(Viewer viewer, Long publicationId, String text, int limit) {
    if (text == null || text.isBlank() || limit < 1) {
      return List.of();
    }
    String needle = "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<OscalControl> q = cb.createQuery(OscalControl.class);
    Root<OscalControl> c = q.from(OscalControl.class);
    Join<OscalControl, Publication> p = c.join("publication");
    Join<Publication, Marking> marking = p.join("marking");
    List<Predicate> where = new ArrayList<>();
    where.add(
        publicationId == null ? cb.isTrue(p.get("latest")) : cb.equal(p.get("id"), publicationId));
    where.add(policy.predicate(viewer, cb, q, marking));
    Predicate inTitle = cb.like(cb.lower(c.get("title")), needle, '\\');
    Predicate byText = cb.like(c.get("searchText"), needle, '\\');
    if (ControlIds.isLabel(text)) {
      Predicate byId = cb.equal(c.get("controlId"), ControlIds.normalize(text));
      where.add(cb.or(byText, byId));
      inTitle = cb.or(inTitle, byId);
    } else {
      where.add(byText);
    }
    q.where(where.toArray(Predicate[]::new))
        .orderBy(
            cb.asc(cb.selectCase().when(inTitle, 0).otherwise(1)),
            cb.desc(p.get("id")),
            cb.asc(c.get("position")));
    return em.createQuery(q).setMaxResults(Math.min(limit, MAX_SEARCH)).getResultList().stream()
        .map(OscalControl::view)
        .toList();
  }

  @Override
  public Optional<ControlView> cited(Viewer viewer, String catalog, String controlId) {
    if (catalog == null || catalog.isBlank() || controlId == null || controlId.isBlank()) {
      return Optional.empty();
    }
    String key = PublicationAlias.key(catalog);
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Publication> q = cb.createQuery(Publication.class);
    Root<Publication> p = q.from(Publication.class);
    Join<Publication, Marking> marking = p.join("marking");
    var sub = q.subquery(Long.class);
    Root<Publication> a = sub.from(Publication.class);
    sub.select(a.get("id")).where(cb.equal(a.join("aliases").get("aliasKey"), key));
    q.where(
            cb.isTrue(p.get("latest")),
            cb.or(
                cb.equal(cb.lower(p.get("catalogName")), key),
                cb.equal(cb.lower(p.get("title")), key),
                p.get("id").in(sub)),
            policy.predicate(viewer, cb, q, marking))
        .orderBy(cb.desc(p.get("id")));
    List<Publication> candidates = new ArrayList<>(em.createQuery(q).getResultList());
    // a catalog answers before a profile of it
    candidates.sort(
        (x, y) -> Boolean.compare(x.kind() != OscalKind.CATALOG, y.kind() != OscalKind.CATALOG));
    for (Publication candidate : candidates) {
      Optional<ControlView> found = control(viewer, candidate.id(), controlId);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------ PublicationRepository

  @Override
  @UnfilteredRead(
      "the caller organization's own series, to number its next version: the service checks that"
          + " the caller publishes for that organization")
  public Optional<Publication> newestOwn(OrganizationId publisher, String name) {
    return em
        .createQuery(
            "select p from Publication p where p.publisher = :org and p.name = :name"
                + " order by p.version desc",
            Publication.class)
        .setParameter("org", publisher.value())
        .setParameter("name", name)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public void store(Publication publication, List<OscalControl.Row> controls) {
    em.persist(publication);
    for (OscalControl.Row row : controls) {
      em.persist(new OscalControl(publication, row));
    }
    em.flush();
  }

  @Override
  public Optional<Publication> find(Viewer viewer, long id) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Publication> q = cb.createQuery(Publication.class);
    Root<Publication> p = q.from(Publication.class);
    Join<Publication, Marking> marking = p.join("marking");
    q.where(cb.equal(p.get("id"), id), policy.predicate(viewer, cb, q, marking));
    return em.createQuery(q).getResultList().stream().findFirst();
  }

  @Override
  public List<Publication> byAlias(Viewer viewer, String alias) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Publication> q = cb.createQuery(Publication.class);
    Root<Publication> p = q.from(Publication.class);
    Join<Publication, Marking> marking = p.join("marking");
    Join<Publication, PublicationAlias> a = p.join("aliases");
    q.select(p)
        .distinct(true)
        .where(
            cb.equal(a.get("aliasKey"), PublicationAlias.key(alias)),
            policy.predicate(viewer, cb, q, marking))
        .orderBy(cb.desc(p.get("id")));
    return em.createQuery(q).getResultList();
  }

  @Override
  public List<Publication> byName(Viewer viewer, String name, Integer version) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Publication> q = cb.createQuery(Publication.class);
    Root<Publication> p = q.from(Publication.class);
    Join<Publication, Marking> marking = p.join("marking");
    q.where(
            cb.equal(p.get("name"), name),
            version == null ? cb.isTrue(p.get("latest")) : cb.equal(p.get("version"), version),
            policy.predicate(viewer, cb, q, marking))
        .orderBy(cb.desc(p.get("id")));
    return em.createQuery(q).getResultList();
  }

  @Override
  public List<Publication> byDocumentUuid(Viewer viewer, String uuid) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Publication> q = cb.createQuery(Publication.class);
    Root<Publication> p = q.from(Publication.class);
    Join<Publication, Marking> marking = p.join("marking");
    q.where(cb.equal(p.get("documentUuid"), uuid), policy.predicate(viewer, cb, q, marking))
        .orderBy(cb.desc(p.get("id")));
    return em.createQuery(q).getResultList();
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
