package org.scrmportal.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.scrmportal.organization.OrganizationId;

@ApplicationScoped
class JpaCommunityRepository implements CommunityRepository {

  @PersistenceContext(unitName = "scrm")
  EntityManager em;

  @Override
  public Optional<Community> find(String id) {
    return Optional.ofNullable(em.find(Community.class, id));
  }

  @Override
  public List<Community> findAll() {
    return em.createQuery("select c from Community c order by c.name", Community.class)
        .getResultList();
  }

  @Override
  public void store(Community community) {
    em.persist(community);
  }

  @Override
  public boolean existsNamed(String name) {
    return em.createQuery(
                "select count(c) from Community c where lower(c.name) = lower(:n)", Long.class)
            .setParameter("n", name.strip())
            .getSingleResult()
        > 0;
  }

  @Override
  public List<CommunityMembership> membershipsOf(OrganizationId organization) {
    return em.createQuery(
            "select m from CommunityMembership m where m.organization = :o",
            CommunityMembership.class)
        .setParameter("o", organization.value())
        .getResultList();
  }

  @Override
  public Optional<CommunityMembership> membership(String community, OrganizationId organization) {
    return em
        .createQuery(
            "select m from CommunityMembership m where m.community = :c and m.organization = :o",
            CommunityMembership.class)
        .setParameter("c", community)
        .setParameter("o", organization.value())
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public List<CommunityMembership> memberships(String community, CommunityMembership.State state) {
    return em.createQuery(
            "select m from CommunityMembership m where m.community = :c and m.state = :s"
                + " order by m.organization",
            CommunityMembership.class)
        .setParameter("c", community)
        .setParameter("s", state)
        .getResultList();
  }

  @Override
  public List<String> communitiesOf(OrganizationId organization) {
    return em.createQuery(
            "select m.community from CommunityMembership m where m.organization = :o and m.state = :s",
            String.class)
        .setParameter("o", organization.value())
        .setParameter("s", CommunityMembership.State.MEMBER)
        .getResultList();
  }

  @Override
  public void store(CommunityMembership membership) {
    em.persist(membership);
  }
}
