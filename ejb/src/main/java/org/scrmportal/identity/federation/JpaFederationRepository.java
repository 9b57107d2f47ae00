package org.scrmportal.identity.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaFederationRepository implements FederationRepository {

  @PersistenceContext(unitName = "scrm")
  EntityManager em;

  @Override
  public Optional<Federation> find(String id) {
    return Optional.ofNullable(em.find(Federation.class, id));
  }

  @Override
  public Optional<Federation> findByName(String name) {
    return em.createQuery("select f from Federation f where f.name = :name", Federation.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Federation> findAll() {
    return em.createQuery("select f from Federation f order by f.name", Federation.class)
        .getResultList();
  }

  @Override
  public List<String> dueForRefresh(Instant now) {
    return em.createQuery(
            "select f.id from Federation f where f.metadataUrl is not null"
                + " and f.nextRefresh <= :now order by f.nextRefresh",
            String.class)
        .setParameter("now", now)
        .getResultList();
  }

  @Override
  public void store(Federation federation) {
    em.persist(federation);
  }

  @Override
  public List<ListedIdentityProvider> listing(String federationId) {
    return em.createQuery(
            "select l from ListedIdentityProvider l where l.federationId = :f order by l.entityId",
            ListedIdentityProvider.class)
        .setParameter("f", federationId)
        .getResultList();
  }

  @Override
  public Optional<ListedIdentityProvider> listed(String federationId, String entityId) {
    return em.createQuery(
            "select l from ListedIdentityProvider l where l.federationId = :f"
                + " and l.entityId = :e",
            ListedIdentityProvider.class)
        .setParameter("f", federationId)
        .setParameter("e", entityId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void replaceListing(String federationId, List<ListedIdentityProvider> listing) {
    // the federation's row first (the listing's foreign key; no association tells ordered inserts)
    em.flush();
    em.createQuery("delete from ListedIdentityProvider l where l.federationId = :f")
        .setParameter("f", federationId)
        .executeUpdate();
    listing.forEach(em::persist);
  }
}
