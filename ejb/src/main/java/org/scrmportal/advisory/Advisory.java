package org.scrmportal.advisory;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.scrmportal.access.Marking;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.platform.TlpLevel;

/**
 * One stored revision of a CSAF 2.0 advisory, kept exactly as submitted (byte for byte, so that the
 * publisher's own hashes and OpenPGP signature stay valid), with what the portal reads from it and
 * the portal marking that decides who sees it.
 */
@Entity
@Table(name = "csaf_advisory")
public class Advisory {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "org_id", nullable = false, length = 63)
  private String organization;

  @Column(name = "tracking_key", nullable = false, length = 64)
  private String trackingKey;

  @Column(name = "publisher_namespace", nullable = false, length = 500)
  private String publisherNamespace;

  @Column(name = "publisher_name", nullable = false, length = 1000)
  private String publisherName;

  @Column(name = "tracking_id", nullable = false, length = 1000)
  private String trackingId;

  @Column(name = "version", nullable = false, length = 200)
  private String version;

  @Column(name = "status", nullable = false, length = 16)
  private String status;

  @Column(name = "title", nullable = false, length = 1000)
  private String title;

  @Column(name = "initial_release_date", nullable = false)
  private Instant initialReleaseDate;

  @Column(name = "current_release_date", nullable = false)
  private Instant currentReleaseDate;

  @Column(name = "file_name", nullable = false, length = 1100)
  private String fileName;

  @Column(name = "release_year", nullable = false)
  private int year;

  @OneToOne(cascade = CascadeType.ALL, optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "content_id", nullable = false, unique = true)
  private AdvisoryContent content;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "sha512", nullable = false, length = 128)
  private String sha512;

  @Column(name = "supplier_signature", length = 65536)
  private String supplierSignature;

  @Column(name = "submitted_by", nullable = false, length = 256)
  private String submittedBy;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  @Column(name = "latest", nullable = false)
  private boolean latest;

  @OneToOne(cascade = CascadeType.ALL, optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "marking_id", nullable = false, unique = true)
  private Marking marking;

  protected Advisory() {}

  /**
   * A new revision, the latest of its tracking id.
   *
   * @param document what the portal read from {@code content}
   * @param content the document exactly as submitted
   * @param sha512 SHA-512 of {@code content}, lower-case hex (the store has it already)
   */
  Advisory(
      OrganizationId organization,
      CsafDocument document,
      byte[] content,
      String sha512,
      String supplierSignature,
      Marking marking,
      String submittedBy,
      Instant addedAt) {
    this.organization = Objects.requireNonNull(organization, "organization").value();
    this.trackingKey = document.trackingKey();
    this.publisherNamespace = document.publisherNamespace();
    this.publisherName = Texts.cut(document.publisherName(), 1000);
    this.trackingId = document.trackingId();
    this.version = document.version();
    this.status = document.status();
    this.title = Texts.cut(document.title(), 1000);
    this.initialReleaseDate = document.initialReleaseDate();
    this.currentReleaseDate = document.currentReleaseDate();
    this.fileName = document.fileName();
    this.year = document.year();
    this.content = new AdvisoryContent(content);
    this.sha256 = Digests.sha256(content);
    this.sha512 = Objects.requireNonNull(sha512, "sha512");
    this.supplierSignature = supplierSignature;
    this.marking = Objects.requireNonNull(marking, "marking");
    this.submittedBy = Objects.requireNonNull(submittedBy, "submittedBy");
    this.addedAt = Objects.requireNonNull(addedAt, "addedAt");
    this.latest = true;
  }

  /** A later revision of its tracking id was stored. */
  void supersede() {
    this.latest = false;
  }

  public long id() {
    return id;
  }

  /** The submitting organization, which is the publisher. */
  public OrganizationId organization() {
    return new OrganizationId(organization);
  }

  String trackingKey() {
    return trackingKey;
  }

  /** {@code /document/publisher/namespace} as the document writes it. */
  public String publisherNamespace() {
    return publisherNamespace;
  }

  public String publisherName() {
    return publisherName;
  }

  public String trackingId() {
    return trackingId;
  }

  /** {@code /document/tracking/version}. */
  public String version() {
    return version;
  }

  /** {@code /document/tracking/status}: draft, interim or final. */
  public String status() {
    return status;
  }

  public boolean draft() {
    return CsafDocument.DRAFT.equals(status);
  }

  public String title() {
    return title;
  }

  /** The TLP level of the portal marking. */
  public TlpLevel tlp() {
    return marking.level();
  }

  public Instant initialReleaseDate() {
    return initialReleaseDate;
  }

  public Instant currentReleaseDate() {
    return currentReleaseDate;
  }

  /** The file name of CSAF 2.0 section 5.1, e.g. {@code example_company_-_2019-yh3234.json}. */
  public String fileName() {
    return fileName;
  }

  /** The year of the initial release (UTC), the directory of the provider's distribution. */
  public int year() {
    return year;
  }

  /**
   * The document exactly as submitted. Loaded on first use: an advisory from {@code find} or the
   * provider's {@code published(viewer, tlp, year, fileName)} carries it; one from a listing loads
   * it inside a transaction only (outside, read it again with {@code find}).
   */
  public byte[] content() {
    return content.bytes();
  }

  /** SHA-256 of {@link #content()}, lower-case hex. */
  public String sha256() {
    return sha256;
  }

  /** SHA-512 of {@link #content()}, lower-case hex. */
  public String sha512() {
    return sha512;
  }

  /** The ASCII-armoured OpenPGP signature the supplier uploaded beside it, or null. */
  public String supplierSignature() {
    return supplierSignature;
  }

  public String submittedBy() {
    return submittedBy;
  }

  public Instant addedAt() {
    return addedAt;
  }

  /** Whether this is the newest revision of its tracking id. */
  public boolean latest() {
    return latest;
  }

  public Marking marking() {
    return marking;
  }
}
