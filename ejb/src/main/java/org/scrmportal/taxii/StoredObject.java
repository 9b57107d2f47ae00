package org.scrmportal.taxii;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.scrmportal.access.Marking;

/**
 * One version of a STIX object in a collection, as stored: the verbatim JSON and the columns the
 * TAXII filters and the access policy query. Rows are written in batches by {@link
 * JpaObjectRepository} and never changed afterwards, except {@code latest}; the mapping is for
 * queries. Its marking is shared with the other objects of the same submission that have the same
 * level and audience, and is never changed in place.
 */
@Entity
@Table(name = "stix_object")
public class StoredObject {

  /** The largest object kept, in characters of JSON. */
  public static final int MAX_JSON = 1_048_576;

  @Id
  @Column(name = "seq")
  private Long seq;

  @Column(name = "collection_id", nullable = false, length = 36)
  private String collectionId;

  @Column(name = "object_id", nullable = false, length = 300)
  private String objectId;

  @Column(name = "object_type", nullable = false, length = 250)
  private String type;

  @Column(name = "spec_version", nullable = false, length = 8)
  private String specVersion;

  @Column(name = "created")
  private Instant created;

  @Column(name = "modified")
  private Instant modified;

  @Column(name = "version", nullable = false)
  private Instant version;

  @Column(name = "version_text", nullable = false, length = 40)
  private String versionText;

  @Column(name = "date_added", nullable = false)
  private Instant dateAdded;

  @Column(name = "revoked", nullable = false)
  private boolean revoked;

  @Column(name = "latest", nullable = false)
  private boolean latest;

  @Column(name = "created_by_ref", length = 300)
  private String createdByRef;

  @Column(name = "author_org_id", nullable = false, length = 63)
  private String authorOrganization;

  @Column(name = "submitted_by", nullable = false, length = 256)
  private String submittedBy;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "marking_id", nullable = false)
  private Marking marking;

  @Column(name = "json", nullable = false, length = MAX_JSON)
  private String json;

  protected StoredObject() {}

  public Marking marking() {
    return marking;
  }

  VisibleVersion visible() {
    return new VisibleVersion(
        objectId, versionText, dateAdded, latest, revoked, submittedBy, marking, json);
  }
}
