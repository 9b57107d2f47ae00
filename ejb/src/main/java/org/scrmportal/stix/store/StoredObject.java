package org.scrmportal.stix.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.scrmportal.access.Marking;

/**
 * One version of a STIX object in a collection, as stored: the verbatim JSON and the columns the
 * TAXII filters query. Who may see it is in its {@link Share}s, one per organization that shared
 * it. Rows are written in batches by {@link JpaObjectRepository} and never changed afterwards,
 * except {@code latest} (no later version is stored) and {@code date_added} (moved forward when
 * another organization shares it, so that its new audience's pollers find it); the mapping is for
 * queries.
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

  @Column(name = "json", nullable = false, length = MAX_JSON)
  private String json;

  protected StoredObject() {}

  Long seq() {
    return seq;
  }

  Instant version() {
    return version;
  }

  /**
   * This version as a viewer sees it through one of its shares.
   *
   * @param latest whether it is the newest version the viewer may see
   */
  VisibleVersion visibleAs(String submittedBy, Marking marking, boolean latest) {
    return new VisibleVersion(
        objectId, versionText, dateAdded, latest, revoked, submittedBy, marking, json);
  }
}
