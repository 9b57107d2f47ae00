package org.scrmportal.baseline.attestation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.Optional;
import org.scrmportal.access.AccessPolicy;
import org.scrmportal.access.Marking;
import org.scrmportal.access.Viewer;
import org.scrmportal.organization.OrganizationId;

@ApplicationScoped
class JpaAttestationRepository implements AttestationRepository {

  @PersistenceContext(unitName = "scrm")
  EntityManager em;

  @Inject AccessPolicy policy;

  @Override
  public void store(Attestation attestation) {
    em.persist(attestation);
  }

  @Override
  public Optional<Attestation> find(Viewer viewer, long id) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Attestation> q = cb.createQuery(Attestation.class);
    Root<Attestation> a = q.from(Attestation.class);
    Join<Attestation, Marking> marking = a.join("marking");
    q.where(cb.equal(a.get("id"), id), policy.predicate(viewer, cb, q, marking));
    return em.createQuery(q).getResultList().stream().findFirst();
  }

  @Override
  public List<Attestation> visible(Viewer viewer, int limit) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Attestation> q = cb.createQuery(Attestation.class);
    Root<Attestation> a = q.from(Attestation.class);
    Join<Attestation, Marking> marking = a.join("marking");
    q.where(policy.predicate(viewer, cb, q, marking)).orderBy(cb.desc(a.get("id")));
    return em.createQuery(q).setMaxResults(limit).getResultList();
  }

  @Override
  public Optional<Attestation> newest(
      Viewer viewer, OrganizationId organization, String publisher, String name) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Attestation> q = cb.createQuery(Attestation.class);
    Root<Attestation> a = q.from(Attestation.class);
    Join<Attestation, Marking> marking = a.join("marking");
    q.where(
            cb.equal(a.get("organization"), organization.value()),
            cb.equal(a.get("baselinePublisher"), publisher),
            cb.equal(a.get("baselineName"), name),
            policy.predicate(viewer, cb, q, marking))
        .orderBy(cb.desc(a.get("createdAt")), cb.desc(a.get("id")));
    return em.createQuery(q).setMaxResults(1).getResultList().stream().findFirst();
  }
}
