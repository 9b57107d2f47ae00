package org.scrmportal.supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.platform.UnfilteredRead;

@ApplicationScoped
class JpaProductIndex implements ProductIndex {

  @PersistenceContext(unitName = "scrm")
  EntityManager em;

  @Override
  public void store(IndexedProduct product) {
    em.persist(product);
  }

  @Override
  @UnfilteredRead("marks the publisher's older rows superseded; reads nothing")
  public void supersede(OrganizationId publisher, String trackingId, long newest) {
    em.createQuery(
            "update IndexedProduct p set p.latest = false where p.publisher = :publisher"
                + " and p.trackingId = :tracking and p.advisoryId <> :newest and p.latest = true")
        .setParameter("publisher", publisher.value())
        .setParameter(
            "tracking", trackingId.length() > 1000 ? trackingId.substring(0, 1000) : trackingId)
        .setParameter("newest", newest)
        .executeUpdate();
  }

  @Override
  @UnfilteredRead(
      "matching entries just added to an inventory: a product reaches the organization only as a"
          + " notice that the policy lets it see")
  public List<IndexedProduct> candidates(
      Collection<String> purlKeys, Collection<String> cpeKeys, Collection<String> nameKeys) {
    List<IndexedProduct> found = new ArrayList<>();
    lookup("purlKey", purlKeys, found);
    lookup("cpeKey", cpeKeys, found);
    lookup("nameKey", nameKeys, found);
    return found.stream().distinct().toList();
  }

  @UnfilteredRead("part of candidates(), see there")
  private void lookup(String field, Collection<String> keys, List<IndexedProduct> into) {
    List<String> all = keys.stream().filter(k -> k != null).distinct().toList();
    for (int i = 0; i < all.size(); i += 500) {
      List<String> chunk = all.subList(i, Math.min(all.size(), i + 500));
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<IndexedProduct> q = cb.createQuery(IndexedProduct.class);
      Root<IndexedProduct> product = q.from(IndexedProduct.class);
      q.where(
          product.get(field).in(chunk),
          cb.isTrue(product.get("latest")),
          cb.isFalse(product.get("draft")));
      into.addAll(em.createQuery(q).getResultList());
    }
  }
}
