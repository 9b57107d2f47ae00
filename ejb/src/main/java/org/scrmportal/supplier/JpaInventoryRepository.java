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
class JpaInventoryRepository implements InventoryRepository {

  /** The most keys one lookup sends to the database at once. */
  private static final int CHUNK = 500;

  @PersistenceContext(unitName = "scrm")
  EntityManager em;

  @Inject AccessPolicy policy;

  @Override
  public Optional<Inventory> find(Viewer viewer, OrganizationId organization) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Inventory> q = cb.createQuery(Inventory.class);
    Root<Inventory> inventory = q.from(Inventory.class);
    Join<Inventory, Marking> marking = inventory.join("marking");
    q.where(
        cb.equal(inventory.get("organization"), organization.value()),
        policy.predicate(viewer, cb, q, marking));
    return em.createQuery(q).getResultList().stream().findFirst();
  }

  @Override
  @UnfilteredRead(
      "the caller's own organization's inventory, to add to it: its service checks membership")
  public Optional<Inventory> own(OrganizationId organization) {
    return em
        .createQuery("select i from Inventory i where i.organization = :org", Inventory.class)
        .setParameter("org", organization.value())
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public void store(Inventory inventory) {
    em.persist(inventory);
  }

  @Override
  public void store(InventoryEntry entry) {
    em.persist(entry);
  }

  @Override
  public List<InventoryEntry> entries(
      Viewer viewer, OrganizationId organization, long afterId, int limit) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<InventoryEntry> q = cb.createQuery(InventoryEntry.class);
    Root<InventoryEntry> entry = q.from(InventoryEntry.class);
    Join<InventoryEntry, Inventory> inventory = entry.join("inventory");
    Join<Inventory, Marking> marking = inventory.join("marking");
    q.where(
            cb.equal(inventory.get("organization"), organization.value()),
            cb.greaterThan(entry.get("id"), afterId),
            policy.predicate(viewer, cb, q, marking))
        .orderBy(cb.asc(entry.get("id")));
    return em.createQuery(q).setMaxResults(limit).getResultList();
  }

  @Override
  public Optional<InventoryEntry> entry(Viewer viewer, long id) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<InventoryEntry> q = cb.createQuery(InventoryEntry.class);
    Root<InventoryEntry> entry = q.from(InventoryEntry.class);
    Join<InventoryEntry, Inventory> inventory = entry.join("inventory");
    Join<Inventory, Marking> marking = inventory.join("marking");
    q.where(cb.equal(entry.get("id"), id), policy.predicate(viewer, cb, q, marking));
    return em.createQuery(q).getResultList().stream().findFirst();
  }

  @Override
  @UnfilteredRead(
      "deletes the notices of an entry the service has already read through the policy; reads"
          + " nothing")
  public void delete(InventoryEntry entry) {
    em.createQuery("delete from Notice n where n.entry = :entry")
        .setParameter("entry", entry)
        .executeUpdate();
    em.remove(entry);
  }

  @Override
  @UnfilteredRead("a count of the caller's own organization's entries, for its size limit")
  public long count(OrganizationId organization) {
    return em.createQuery(
            "select count(e) from InventoryEntry e where e.inventory.organization = :org",
            Long.class)
        .setParameter("org", organization.value())
        .getSingleResult();
  }

  @Override
  @UnfilteredRead(
      "matching reads every inventory to decide who is told: an entry reaches only its own"
          + " organization, as a notice the policy lets it see")
  public List<InventoryEntry> candidates(
      Collection<String> purlKeys, Collection<String> cpeKeys, Collection<String> nameKeys) {
    List<InventoryEntry> found = new ArrayList<>();
    lookup("purlKey", purlKeys, found);
    lookup("cpeKey", cpeKeys, found);
    lookup("nameKey", nameKeys, found);
    return found.stream().distinct().toList();
  }

  @UnfilteredRead("part of candidates(), see there")
  private void lookup(String field, Collection<String> keys, List<InventoryEntry> into) {
    List<String> all = keys.stream().distinct().toList();
    for (int i = 0; i < all.size(); i += CHUNK) {
      List<String> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<InventoryEntry> q = cb.createQuery(InventoryEntry.class);
      Root<InventoryEntry> entry = q.from(InventoryEntry.class);
      entry.fetch("inventory");
      Predicate in = entry.get(field).in(chunk);
      into.addAll(em.createQuery(q.where(in)).getResultList());
    }
  }
}
