package org.scrmportal.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.scrmportal.organization.OrganizationId;

/** A supplier's score for a consumer on one day (UTC): the last one computed that day. */
@Entity
@Table(name = "risk_snapshot")
public class RiskSnapshot {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "risk_seq")
  @SequenceGenerator(name = "risk_seq", sequenceName = "risk_seq", allocationSize = 50)
  private Long id;

  @Column(name = "consumer_org_id", nullable = false, length = 63)
  private String consumer;

  @Column(name = "supplier_org_id", nullable = false, length = 63)
  private String supplier;

  @Column(name = "snapshot_day", nullable = false)
  private LocalDate day;

  @Column(name = "score", nullable = false)
  private int score;

  @Column(name = "score_value", nullable = false)
  private double value;

  @Column(name = "advisories", nullable = false)
  private double advisories;

  @Column(name = "sightings", nullable = false)
  private double sightings;

  @Column(name = "coverage", nullable = false)
  private double coverage;

  @Column(name = "computed_at", nullable = false)
  private Instant computedAt;

  protected RiskSnapshot() {}

  RiskSnapshot(OrganizationId consumer, OrganizationId supplier, LocalDate day) {
    this.consumer = consumer.value();
    this.supplier = supplier.value();
    this.day = day;
  }

  /** Today's score, replacing what was computed earlier today. */
  void record(RiskScore s, Instant at) {
    this.score = s.score();
    this.value = s.value();
    this.advisories = s.advisories().value();
    this.sightings = s.sightings().value();
    this.coverage = s.coverage().value();
    this.computedAt = at;
  }

  public OrganizationId consumer() {
    return new OrganizationId(consumer);
  }

  public OrganizationId supplier() {
    return new OrganizationId(supplier);
  }

  public LocalDate day() {
    return day;
  }

  public int score() {
    return score;
  }

  public double value() {
    return value;
  }

  /** The advisories part's value, 0.0 to 1.0. */
  public double advisories() {
    return advisories;
  }

  public double sightings() {
    return sightings;
  }

  public double coverage() {
    return coverage;
  }

  public Instant computedAt() {
    return computedAt;
  }
}
