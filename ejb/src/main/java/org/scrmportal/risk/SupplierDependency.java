package org.scrmportal.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.scrmportal.organization.OrganizationId;

/** A supplier a consumer organization declares it depends on. */
@Entity
@Table(name = "supplier_dependency")
public class SupplierDependency {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "risk_seq")
  @SequenceGenerator(name = "risk_seq", sequenceName = "risk_seq", allocationSize = 50)
  private Long id;

  @Column(name = "consumer_org_id", nullable = false, length = 63)
  private String consumer;

  @Column(name = "supplier_org_id", nullable = false, length = 63)
  private String supplier;

  @Column(name = "declared_by", nullable = false, length = 256)
  private String declaredBy;

  @Column(name = "declared_at", nullable = false)
  private Instant declaredAt;

  protected SupplierDependency() {}

  SupplierDependency(
      OrganizationId consumer, OrganizationId supplier, String declaredBy, Instant at) {
    if (consumer.equals(supplier)) {
      throw new IllegalArgumentException("an organization is not its own supplier");
    }
    this.consumer = consumer.value();
    this.supplier = supplier.value();
    this.declaredBy = Objects.requireNonNull(declaredBy, "declaredBy");
    this.declaredAt = Objects.requireNonNull(at, "at");
  }

  public OrganizationId consumer() {
    return new OrganizationId(consumer);
  }

  public OrganizationId supplier() {
    return new OrganizationId(supplier);
  }

  public String declaredBy() {
    return declaredBy;
  }

  public Instant declaredAt() {
    return declaredAt;
  }
}
