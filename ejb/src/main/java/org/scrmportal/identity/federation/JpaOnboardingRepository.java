package org.scrmportal.identity.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.scrmportal.organization.OrganizationId;

@ApplicationScoped
class JpaOnboardingRepository implements OnboardingRepository {

  @PersistenceContext(unitName = "scrm")
  EntityManager em;

  @Override
  public Optional<Onboarding> find(String id) {
    return Optional.ofNullable(em.find(Onboarding.class, id));
  }

  @Override
  public List<Onboarding> findByStatus(Onboarding.Status status) {
    if (status == null) {
      return em.createQuery(
              "select o from Onboarding o order by o.proposedAt, o.id", Onboarding.class)
          .getResultList();
    }
    return em.createQuery(
            "select o from Onboarding o where o.status = :s order by o.proposedAt, o.id",
            Onboarding.class)
        .setParameter("s", status)
        .getResultList();
  }

  @Override
  public List<Onboarding> pending(OrganizationId organization, String providerId) {
    return em.createQuery(
            "select o from Onboarding o where o.status = :s"
                + " and (o.orgId = :org or o.providerId = :p)",
            Onboarding.class)
        .setParameter("s", Onboarding.Status.PENDING)
        .setParameter("org", organization.value())
        .setParameter("p", providerId)
        .getResultList();
  }

  @Override
  public void store(Onboarding onboarding) {
    em.persist(onboarding);
  }

  @Override
  public Optional<IdentityProviderLink> link(String alias) {
    return Optional.ofNullable(em.find(IdentityProviderLink.class, alias));
  }

  @Override
  public Optional<IdentityProviderLink> linkOfProvider(String providerId) {
    return em.createQuery(
            "select l from IdentityProviderLink l where l.providerId = :p",
            IdentityProviderLink.class)
        .setParameter("p", providerId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<IdentityProviderLink> links(OrganizationId organization) {
    return em.createQuery(
            "select l from IdentityProviderLink l where l.orgId = :org order by l.alias",
            IdentityProviderLink.class)
        .setParameter("org", organization.value())
        .getResultList();
  }

  @Override
  public void store(IdentityProviderLink link) {
    em.persist(link);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
