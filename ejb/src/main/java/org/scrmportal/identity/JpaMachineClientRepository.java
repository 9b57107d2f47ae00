package org.scrmportal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.scrmportal.organization.OrganizationId;

@ApplicationScoped
class JpaMachineClientRepository implements MachineClientRepository {

  @PersistenceContext(unitName = "scrm")
  EntityManager em;

  @Override
  public Optional<MachineClient> find(String clientId) {
    return Optional.ofNullable(em.find(MachineClient.class, clientId));
  }

  @Override
  public boolean isRevoked(String clientId) {
    return !em.createQuery(
            "select c.clientId from MachineClient c"
                + " where c.clientId = :id and c.revokedAt is not null",
            String.class)
        .setParameter("id", clientId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public long countActive(OrganizationId organization) {
    return em.createQuery(
            "select count(c) from MachineClient c where c.organization = :org"
                + " and c.revokedAt is null",
            Long.class)
        .setParameter("org", organization.value())
        .getSingleResult();
  }

  @Override
  public List<MachineClient> findByOrganization(OrganizationId organization) {
    return em.createQuery(
            "select c from MachineClient c where c.organization = :org"
                + " order by c.createdAt, c.clientId",
            MachineClient.class)
        .setParameter("org", organization.value())
        .getResultList();
  }

  @Override
  public List<MachineClient> findAll() {
    return em.createQuery(
            "select c from MachineClient c order by c.organization, c.createdAt, c.clientId",
            MachineClient.class)
        .getResultList();
  }

  @Override
  public void store(MachineClient client) {
    em.persist(client);
    em.flush();
  }
}
