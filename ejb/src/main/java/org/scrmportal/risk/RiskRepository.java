package org.scrmportal.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.scrmportal.organization.OrganizationId;

/**
 * Where a consumer's declared suppliers, baseline choices and score snapshots are kept. None of it
 * is marked: it all belongs to the consumer organization, and only its members reach it.
 */
public interface RiskRepository {

  List<SupplierDependency> dependencies(OrganizationId consumer);

  Optional<SupplierDependency> dependency(OrganizationId consumer, OrganizationId supplier);

  void store(SupplierDependency dependency);

  void remove(SupplierDependency dependency);

  /** The consumer's choice for a supplier, or (supplier null) its default. */
  Optional<BaselineChoice> choice(OrganizationId consumer, OrganizationId supplierOrNull);

  List<BaselineChoice> choices(OrganizationId consumer);

  void store(BaselineChoice choice);

  void remove(BaselineChoice choice);

  Optional<RiskSnapshot> snapshot(OrganizationId consumer, OrganizationId supplier, LocalDate day);

  void store(RiskSnapshot snapshot);

  /** The snapshots of a supplier for a consumer from {@code from} on, oldest first. */
  List<RiskSnapshot> history(OrganizationId consumer, OrganizationId supplier, LocalDate from);
}
