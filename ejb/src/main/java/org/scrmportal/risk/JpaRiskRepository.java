package org.scrmportal.risk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.scrmportal.organization.OrganizationId;

@ApplicationScoped
class JpaRiskRepository implements RiskRepository {

  @PersistenceContext(unitName = "scrm")
  EntityManager em;

  @Override
  public List<SupplierDependency> dependencies(OrganizationId consumer) {
    return em.createQuery(
            "select d from SupplierDependency d where d.consumer = :consumer order by d.supplier",
            SupplierDependency.class)
        .setParameter("consumer", consumer.value())
        .getResultList();
  }

  @Override
  public Optional<SupplierDependency> dependency(OrganizationId consumer, OrganizationId supplier) {
    return em
        .createQuery(
            "select d from SupplierDependency d where d.consumer = :consumer"
                + " and d.supplier = :supplier",
            SupplierDependency.class)
        .setParameter("consumer", consumer.value())
        .setParameter("supplier", supplier.value())
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public void store(SupplierDependency dependency) {
    em.persist(dependency);
  }

  @Override
  public void remove(SupplierDependency dependency) {
    em.remove(dependency);
  }

  @Override
  public Optional<BaselineChoice> choice(OrganizationId consumer, OrganizationId supplierOrNull) {
    return em
        .createQuery(
            "select c from BaselineChoice c where c.consumer = :consumer"
                + " and c.supplier = :supplier",
            BaselineChoice.class)
        .setParameter("consumer", consumer.value())
        .setParameter(
            "supplier", supplierOrNull == null ? BaselineChoice.DEFAULT : supplierOrNull.value())
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public List<BaselineChoice> choices(OrganizationId consumer) {
    return em.createQuery(
            "select c from BaselineChoice c where c.consumer = :consumer order by c.supplier",
            BaselineChoice.class)
        .setParameter("consumer", consumer.value())
        .getResultList();
  }

  @Override
  public void store(BaselineChoice choice) {
    em.persist(choice);
  }

  @Override
  public void remove(BaselineChoice choice) {
    em.remove(choice);
  }

  @Override
  public Optional<RiskSnapshot> snapshot(
      OrganizationId consumer, OrganizationId supplier, LocalDate day) {
    return em
        .createQuery(
            "select s from RiskSnapshot s where s.consumer = :consumer and s.supplier = :supplier"
                + " and s.day = :day",
            RiskSnapshot.class)
        .setParameter("consumer", consumer.value())
        .setParameter("supplier", supplier.value())
        .setParameter("day", day)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public void store(RiskSnapshot snapshot) {
    em.persist(snapshot);
    em.flush();
  }

  @Override
  public List<RiskSnapshot> history(
      OrganizationId consumer, OrganizationId supplier, LocalDate from) {
    return em.createQuery(
            "select s from RiskSnapshot s where s.consumer = :consumer and s.supplier = :supplier"
                + " and s.day >= :from order by s.day",
            RiskSnapshot.class)
        .setParameter("consumer", consumer.value())
        .setParameter("supplier", supplier.value())
        .setParameter("from", from)
        .getResultList();
  }
}
