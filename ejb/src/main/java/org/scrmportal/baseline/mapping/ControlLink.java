package org.scrmportal.baseline.mapping;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/**
 * A link between a control (catalog name + OSCAL control id) and a threat: a STIX object or a CSAF
 * advisory revision. A viewer sees it when the access policy lets it see both the link's marking
 * and the target (one of the object's shares, the advisory revision's marking). Links derived from
 * the target itself carry the target's own marking; form links their own; a mapping's links the
 * mapping's.
 */
@Entity
@Table(name = "control_link")
public class ControlLink {

  /** What a link points at. */
  public enum TargetKind {
    STIX,
    ADVISORY
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "catalog_name", nullable = false, length = 100)
  private String catalogName;

  @Column(name = "control_id", nullable = false, length = 100)
  private String controlId;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_kind", nullable = false, length = 16)
  private TargetKind targetKind;

  @Column(name = "stix_id", length = 300)
  private String stixId;

  @Column(name = "collection_id", length = 36)
  private String collectionId;

  @Column(name = "stix_version")
  private Instant stixVersion;

  @Column(name = "advisory_id")
  private Long advisoryId;

  @Column(name = "tracking_id", length = 1000)
  private String trackingId;

  @Column(name = "publisher_namespace", length = 500)
  private String publisherNamespace;

  @Column(name = "target_type", nullable = false, length = 250)
  private String targetType;

  @Column(name = "target_title", length = 1000)
  private String targetTitle;

  @Enumerated(EnumType.STRING)
  @Column(name = "source", nullable = false, length = 20)
  private LinkSource source;

  @Column(name = "mapping_id")
  private Long mappingId;

  @Column(name = "relationship", nullable = false, length = 40)
  private String relationship;

  @Column(name = "created_by", nullable = false, length = 256)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ManyToOne(cascade = CascadeType.PERSIST, fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "marking_id", nullable = false)
  private Marking marking;

  protected ControlLink() {}

  /** The control end and how the link came about. */
  public record Origin(
      String catalogName,
      String controlId,
      LinkSource source,
      Long mappingId,
      String relationship,
      String createdBy,
      Instant createdAt,
      Marking marking) {
    public Origin {
      Objects.requireNonNull(catalogName, "catalogName");
      Objects.requireNonNull(controlId, "controlId");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(relationship, "relationship");
      Objects.requireNonNull(createdBy, "createdBy");
      Objects.requireNonNull(createdAt, "createdAt");
      Objects.requireNonNull(marking, "marking");
    }
  }

  private ControlLink(Origin origin) {
    this.catalogName = origin.catalogName();
    this.controlId = origin.controlId();
    this.source = origin.source();
    this.mappingId = origin.mappingId();
    this.relationship = origin.relationship();
    this.createdBy = origin.createdBy();
    this.createdAt = origin.createdAt();
    this.marking = origin.marking();
  }

  /**
   * A link to a STIX object: to one stored version of it ({@code collectionId} and {@code version}
   * given), or to whichever version the viewer may see (both null).
   */
  public static ControlLink toObject(
      Origin origin,
      String stixId,
      String collectionId,
      Instant version,
      String type,
      String title) {
    ControlLink l = new ControlLink(origin);
    l.targetKind = TargetKind.STIX;
    l.stixId = Objects.requireNonNull(stixId, "stixId");
    l.collectionId = collectionId;
    l.stixVersion = version;
    l.targetType = Objects.requireNonNull(type, "type");
    l.targetTitle = clip(title);
    return l;
  }

  /** A link to a CSAF advisory revision. */
  public static ControlLink toAdvisory(
      Origin origin, long advisoryId, String trackingId, String namespace, String title) {
    ControlLink l = new ControlLink(origin);
    l.targetKind = TargetKind.ADVISORY;
    l.advisoryId = advisoryId;
    l.trackingId = clip(trackingId);
    l.publisherNamespace = namespace == null || namespace.length() <= 500 ? namespace : null;
    l.targetType = "csaf";
    l.targetTitle = clip(title);
    return l;
  }

  private static String clip(String s) {
    return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
  }

  public Long id() {
    return id;
  }

  public String catalogName() {
    return catalogName;
  }

  public String controlId() {
    return controlId;
  }

  public TargetKind targetKind() {
    return targetKind;
  }

  public String stixId() {
    return stixId;
  }

  public Long advisoryId() {
    return advisoryId;
  }

  public String trackingId() {
    return trackingId;
  }

  public String publisherNamespace() {
    return publisherNamespace;
  }

  public String targetType() {
    return targetType;
  }

  public String targetTitle() {
    return targetTitle;
  }

  public LinkSource source() {
    return source;
  }

  public Long mappingId() {
    return mappingId;
  }

  public String relationship() {
    return relationship;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Marking marking() {
    return marking;
  }
}
