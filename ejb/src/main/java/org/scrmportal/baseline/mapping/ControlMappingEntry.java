package org.scrmportal.baseline.mapping;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * One row of a mapping document: an external identifier to a control. Keyed by (scheme, id) so that
 * objects and advisories stored later that carry the identifier are linked too. Who may see it is
 * its mapping's marking.
 */
@Entity
@Table(name = "control_mapping_entry")
@IdClass(ControlMappingEntry.Key.class)
public class ControlMappingEntry {

  /** The primary key. */
  public record Key(Long mappingId, Integer position) implements Serializable {
    public Key() {
      this(null, null);
    }
  }

  @Id
  @Column(name = "mapping_id")
  private Long mappingId;

  @Id
  @Column(name = "position")
  private Integer position;

  @Column(name = "source_scheme", nullable = false, length = 16)
  private String scheme;

  @Column(name = "source_id", nullable = false, length = 300)
  private String sourceId;

  @Column(name = "catalog_name", nullable = false, length = 100)
  private String catalogName;

  @Column(name = "control_id", nullable = false, length = 100)
  private String controlId;

  @Column(name = "relationship", nullable = false, length = 40)
  private String relationship;

  @Column(name = "comment", length = 2000)
  private String comment;

  protected ControlMappingEntry() {}

  public ControlMappingEntry(
      long mappingId,
      int position,
      MappingScheme scheme,
      String sourceId,
      String catalogName,
      String controlId,
      String relationship,
      String comment) {
    this.mappingId = mappingId;
    this.position = position;
    this.scheme = scheme.code();
    this.sourceId = sourceId;
    this.catalogName = catalogName;
    this.controlId = controlId;
    this.relationship = relationship;
    this.comment = comment;
  }

  public long mappingId() {
    return mappingId;
  }

  public MappingScheme scheme() {
    return MappingScheme.ofCode(scheme).orElseThrow();
  }

  public String sourceId() {
    return sourceId;
  }

  public String catalogName() {
    return catalogName;
  }

  public String controlId() {
    return controlId;
  }

  public String relationship() {
    return relationship;
  }
}
