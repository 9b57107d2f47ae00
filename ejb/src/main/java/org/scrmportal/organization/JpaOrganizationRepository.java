package org.scrmportal.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaOrganizationRepository implements OrganizationRepository {

  @PersistenceContext(unitName = "scrm")
  EntityManager em;

  @Override
  public Optional<Organization> find(OrganizationId id) {
    return Optional.ofNullable(em.find(Organization.class, id.value()));
  }

  @Override
  public List<Organization> findAll() {
    return em.createQuery("select o from Organization o order by o.name, o.id", Organization.class)
        .getResultList();
  }

  @Override
  public void store(Organization organization) {
    em.persist(organization);
  }
}
