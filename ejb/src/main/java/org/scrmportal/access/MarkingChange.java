package org.scrmportal.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The record of one change of a marking: who, when, from what to what, and whether it loosened it.
 */
@Entity
@Table(name = "marking_change")
public class MarkingChange {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "marking_id", nullable = false)
  private Long marking;

  @Column(name = "changed_by", nullable = false, length = 256)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "loosened", nullable = false)
  private boolean loosened;

  @Column(name = "old_value", nullable = false, length = 4000)
  private String oldValue;

  @Column(name = "new_value", nullable = false, length = 4000)
  private String newValue;

  protected MarkingChange() {}

  MarkingChange(Marking marking, String changedBy, Instant at, boolean loosened, String oldValue) {
    this.id = UUID.randomUUID().toString();
    this.marking = marking.id();
    this.changedBy = changedBy;
    this.changedAt = at;
    this.loosened = loosened;
    this.oldValue = oldValue;
    this.newValue = marking.toString();
  }

  public String changedBy() {
    return changedBy;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public boolean loosened() {
    return loosened;
  }

  public String oldValue() {
    return oldValue;
  }

  public String newValue() {
    return newValue;
  }
}
