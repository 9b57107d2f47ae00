package org.scrmportal.supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import java.util.List;
import org.scrmportal.access.AccessPolicy;
import org.scrmportal.access.Marking;
import org.scrmportal.access.Viewer;

@ApplicationScoped
class JpaProductIndex implements ProductIndex {

  @PersistenceContext(unitName = "scrm")
  EntityManager em;

  @Inject AccessPolicy policy;

  @Override
  public void store(IndexedProduct product) {
    em.persist(product);
  }

  @Override
  public List<IndexedProduct> ofAdvisory(Viewer viewer, long advisoryId) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<IndexedProduct> q = cb.createQuery(IndexedProduct.class);
    Root<IndexedProduct> product = q.from(IndexedProduct.class);
    Join<IndexedProduct, Marking> marking = product.join("marking");
    q.where(
            cb.equal(product.get("advisoryId"), advisoryId),
            policy.predicate(viewer, cb, q, marking))
        .orderBy(cb.asc(product.get("id")));
    return em.createQuery(q).getResultList();
  }
}
