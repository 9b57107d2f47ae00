package org.scrmportal.supplier;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.scrmportal.access.Marking;
import org.scrmportal.organization.OrganizationId;

/**
 * A notice in an organization's inbox: a vulnerability of an advisory affects a component of its
 * inventory. It stays under the advisory's marking, so an inbox shows it only while the reader may
 * see the advisory; for a TLP:RED advisory it is addressed to one named person. A later revision of
 * the advisory, or a VEX document of the same publisher, saying the component is not affected or
 * fixed closes it.
 */
@Entity
@Table(name = "supplier_notice")
public class Notice {

  /** Open in the inbox, or closed (by a later document, or by a reader). */
  public enum Status {
    OPEN,
    CLOSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplier_seq")
  @SequenceGenerator(name = "supplier_seq", sequenceName = "supplier_seq", allocationSize = 50)
  private Long id;

  @Column(name = "org_id", nullable = false, length = 63)
  private String organization;

  @Column(name = "recipient_subject", length = 256)
  private String recipient;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "marking_id", nullable = false)
  private Marking marking;

  @Column(name = "advisory_id", nullable = false)
  private long advisoryId;

  @Column(name = "publisher_org", nullable = false, length = 63)
  private String publisher;

  @Column(name = "tracking_id", nullable = false, length = 1000)
  private String trackingId;

  @Column(name = "title", nullable = false, length = 1000)
  private String title;

  @Column(name = "vulnerability", nullable = false, length = 1000)
  private String vulnerability;

  @Column(name = "cve", length = 64)
  private String cve;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "entry_id", nullable = false)
  private InventoryEntry entry;

  @Column(name = "component", nullable = false, length = 1000)
  private String component;

  @Column(name = "product_id", nullable = false, length = 1000)
  private String productId;

  @Column(name = "product_name", nullable = false, length = 1000)
  private String productName;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private Status status;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, length = 32)
  private Exposure.Outcome outcome;

  @Column(name = "read_at")
  private Instant readAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /**
   * What a notice says, for opening one.
   *
   * @param advisoryId the revision that raised it
   * @param publisher the advisory's publisher
   * @param trackingId the advisory's tracking id
   * @param title the advisory's title
   * @param marking the advisory's marking
   */
  public record Source(
      long advisoryId,
      OrganizationId publisher,
      String trackingId,
      String title,
      Marking marking) {}

  protected Notice() {}

  Notice(
      Source source, InventoryEntry entry, String recipient, Exposure.Finding finding, Instant at) {
    this.organization = entry.inventory().organization().value();
    this.recipient = recipient;
    this.entry = entry;
    this.component = entry.label();
    this.vulnerability = cut(finding.vulnerability(), 1000);
    this.cve = finding.cve() == null ? null : cut(finding.cve(), 64);
    this.createdAt = Objects.requireNonNull(at, "at");
    this.status = Status.OPEN;
    revise(source, finding, at);
  }

  /** A later revision (or a VEX document) of the publisher says this about the component. */
  void revise(Source source, Exposure.Finding finding, Instant at) {
    this.advisoryId = source.advisoryId();
    this.publisher = source.publisher().value();
    this.trackingId = cut(source.trackingId(), 1000);
    this.title = cut(source.title(), 1000);
    this.marking = source.marking();
    this.productId = cut(finding.product().productId(), 1000);
    String name = finding.product().name();
    this.productName = cut(name == null ? finding.product().productId() : name, 1000);
    this.outcome = finding.outcome();
    boolean affected =
        finding.outcome() == Exposure.Outcome.AFFECTED
            || finding.outcome() == Exposure.Outcome.POSSIBLY_AFFECTED;
    if (affected && status == Status.CLOSED) {
      readAt = null;
    }
    this.status = affected ? Status.OPEN : Status.CLOSED;
    this.updatedAt = at;
  }

  void markRead(Instant at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  /** A reader dismisses it (handled, or not relevant). */
  void dismiss(Instant at) {
    status = Status.CLOSED;
    outcome = Exposure.Outcome.DISMISSED;
    updatedAt = at;
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  public Long id() {
    return id;
  }

  public OrganizationId organization() {
    return new OrganizationId(organization);
  }

  /** The named person a TLP:RED notice is for; empty for the whole organization. */
  public java.util.Optional<String> recipient() {
    return java.util.Optional.ofNullable(recipient);
  }

  public Marking marking() {
    return marking;
  }

  public long advisoryId() {
    return advisoryId;
  }

  public OrganizationId publisher() {
    return new OrganizationId(publisher);
  }

  public String trackingId() {
    return trackingId;
  }

  public String title() {
    return title;
  }

  public String vulnerability() {
    return vulnerability;
  }

  /** The CVE, or null. */
  public String cve() {
    return cve;
  }

  public InventoryEntry entry() {
    return entry;
  }

  /** The inventory component, as people read it. */
  public String component() {
    return component;
  }

  public String productId() {
    return productId;
  }

  /** The advisory's product that matched the component. */
  public String productName() {
    return productName;
  }

  public Status status() {
    return status;
  }

  public Exposure.Outcome outcome() {
    return outcome;
  }

  public boolean read() {
    return readAt != null;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
