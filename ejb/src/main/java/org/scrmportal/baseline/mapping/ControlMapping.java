package org.scrmportal.baseline.mapping;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.scrmportal.access.Marking;
import org.scrmportal.organization.OrganizationId;

/** A mapping document a standards editor published (docs/MAPPINGS.md), under its marking. */
@Entity
@Table(name = "control_mapping")
public class ControlMapping {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "org_id", nullable = false, length = 63)
  private String organization;

  @Column(name = "published_by", nullable = false, length = 256)
  private String publishedBy;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  @Column(name = "row_count", nullable = false)
  private int rowCount;

  @ManyToOne(cascade = CascadeType.PERSIST, fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "marking_id", nullable = false)
  private Marking marking;

  protected ControlMapping() {}

  public ControlMapping(
      String name, String publishedBy, Instant publishedAt, int rowCount, Marking marking) {
    this.name = Objects.requireNonNull(name, "name");
    this.marking = Objects.requireNonNull(marking, "marking");
    this.organization = marking.author().value();
    this.publishedBy = Objects.requireNonNull(publishedBy, "publishedBy");
    this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt");
    this.rowCount = rowCount;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public OrganizationId organization() {
    return new OrganizationId(organization);
  }

  public String publishedBy() {
    return publishedBy;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public int rowCount() {
    return rowCount;
  }

  public Marking marking() {
    return marking;
  }
}
