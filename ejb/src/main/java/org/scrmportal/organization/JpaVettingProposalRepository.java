package org.scrmportal.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaVettingProposalRepository implements VettingProposalRepository {

  @PersistenceContext(unitName = "scrm")
  EntityManager em;

  @Override
  public Optional<VettingProposal> find(String id) {
    return Optional.ofNullable(em.find(VettingProposal.class, id));
  }

  @Override
  public List<VettingProposal> findByStatus(VettingProposal.Status status) {
    return em.createQuery(
            "select p from VettingProposal p where p.status = :s order by p.proposedAt",
            VettingProposal.class)
        .setParameter("s", status)
        .getResultList();
  }

  @Override
  public void store(VettingProposal proposal) {
    em.persist(proposal);
  }
}
