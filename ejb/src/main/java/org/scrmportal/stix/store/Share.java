package org.scrmportal.stix.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.scrmportal.access.Marking;

/**
 * One organization's share of a stored object version, under the marking that organization chose:
 * the same version shared by several organizations is stored once and has a share for each. A
 * viewer sees the version when any of its shares permits it. Written in batches by {@link
 * JpaObjectRepository}; the mapping is for queries.
 */
@Entity
@Table(name = "stix_share")
@IdClass(Share.Key.class)
public class Share {

  /** The primary key: one share per version and organization. */
  public record Key(Long objectSeq, String organization) implements Serializable {
    public Key() {
      this(null, null);
    }
  }

  @Id
  @Column(name = "object_seq")
  private Long objectSeq;

  @Id
  @Column(name = "org_id", length = 63)
  private String organization;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "marking_id", nullable = false)
  private Marking marking;

  @Column(name = "submitted_by", nullable = false, length = 256)
  private String submittedBy;

  @Column(name = "shared_at", nullable = false)
  private Instant sharedAt;

  protected Share() {}

  public String organization() {
    return organization;
  }

  public Marking marking() {
    return marking;
  }

  public String submittedBy() {
    return submittedBy;
  }
}
