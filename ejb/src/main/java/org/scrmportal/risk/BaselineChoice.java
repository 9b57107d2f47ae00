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
import java.util.Optional;
import org.scrmportal.organization.OrganizationId;

/**
 * The baseline publication a consumer measures a supplier's attestations against, or (supplier
 * {@link #DEFAULT}) every supplier it chose none for.
 */
@Entity
@Table(name = "risk_baseline")
public class BaselineChoice {

  /** The supplier column of a consumer's default choice. */
  static final String DEFAULT = "*";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "risk_seq")
  @SequenceGenerator(name = "risk_seq", sequenceName = "risk_seq", allocationSize = 50)
  private Long id;

  @Column(name = "consumer_org_id", nullable = false, length = 63)
  private String consumer;

  @Column(name = "supplier_org_id", nullable = false, length = 63)
  private String supplier;

  @Column(name = "publication_id", nullable = false)
  private long publicationId;

  @Column(name = "chosen_by", nullable = false, length = 256)
  private String chosenBy;

  @Column(name = "chosen_at", nullable = false)
  private Instant chosenAt;

  protected BaselineChoice() {}

  BaselineChoice(OrganizationId consumer, OrganizationId supplierOrNull) {
    this.consumer = consumer.value();
    this.supplier = supplierOrNull == null ? DEFAULT : supplierOrNull.value();
  }

  void choose(long publicationId, String by, Instant at) {
    this.publicationId = publicationId;
    this.chosenBy = Objects.requireNonNull(by, "by");
    this.chosenAt = Objects.requireNonNull(at, "at");
  }

  public OrganizationId consumer() {
    return new OrganizationId(consumer);
  }

  /** The supplier it is for; empty for the consumer's default. */
  public Optional<OrganizationId> supplier() {
    return DEFAULT.equals(supplier) ? Optional.empty() : Optional.of(new OrganizationId(supplier));
  }

  public long publicationId() {
    return publicationId;
  }

  public String chosenBy() {
    return chosenBy;
  }

  public Instant chosenAt() {
    return chosenAt;
  }
}
