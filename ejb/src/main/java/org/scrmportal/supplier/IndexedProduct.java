package org.scrmportal.supplier;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.scrmportal.access.Marking;
import org.scrmportal.organization.OrganizationId;

/**
 * One full product name of a stored advisory revision, indexed with its identifiers and the status
 * each vulnerability gives it, under the advisory's own marking (who may read the advisory may read
 * its index, nobody else).
 */
@Entity
@Table(name = "supplier_product")
public class IndexedProduct {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplier_seq")
  @SequenceGenerator(name = "supplier_seq", sequenceName = "supplier_seq", allocationSize = 50)
  private Long id;

  @Column(name = "advisory_id", nullable = false)
  private long advisoryId;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "marking_id", nullable = false)
  private Marking marking;

  @Column(name = "publisher_org", nullable = false, length = 63)
  private String publisher;

  @Column(name = "tracking_id", nullable = false, length = 1000)
  private String trackingId;

  @Column(name = "title", nullable = false, length = 1000)
  private String title;

  @Column(name = "draft", nullable = false)
  private boolean draft;

  /** Whether this is of the newest revision of its advisory (older ones are kept, not matched). */
  @Column(name = "latest", nullable = false)
  private boolean latest;

  @Column(name = "product_id", nullable = false, length = 1000)
  private String productId;

  @Column(name = "name", length = 1000)
  private String name;

  @Column(name = "vendor", length = 1000)
  private String vendor;

  @Column(name = "product_name", length = 1000)
  private String productName;

  @Column(name = "version", length = 1000)
  private String version;

  @Column(name = "version_range", length = 1000)
  private String versionRange;

  @Column(name = "cpe", length = 1000)
  private String cpe;

  @Column(name = "purl", length = 1000)
  private String purl;

  @Column(name = "hashes", length = 4000)
  private String hashes;

  @Column(name = "relationship", length = 64)
  private String relationship;

  @Column(name = "relates_to", length = 1000)
  private String relatesTo;

  @Column(name = "purl_key", length = 1000)
  private String purlKey;

  @Column(name = "cpe_key", length = 1000)
  private String cpeKey;

  @Column(name = "name_key", length = 1000)
  private String nameKey;

  /** {@code <vulnerability key> <status>}, e.g. {@code CVE-2021-44228 known_affected}. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "supplier_product_status",
      joinColumns = @JoinColumn(name = "product_row_id"))
  @Column(name = "status", length = 1100)
  private Set<String> statuses = new java.util.HashSet<>();

  protected IndexedProduct() {}

  /**
   * What an advisory revision says about one product.
   *
   * @param advisoryId the stored revision
   * @param marking the revision's marking
   * @param publisher its publisher
   * @param trackingId its tracking id
   * @param title its title
   * @param draft whether it is a draft
   */
  record Revision(
      long advisoryId,
      Marking marking,
      OrganizationId publisher,
      String trackingId,
      String title,
      boolean draft) {}

  IndexedProduct(Revision revision, AdvisoryProduct p, ProductKeys keys, Set<String> statuses) {
    this.advisoryId = revision.advisoryId();
    this.marking = revision.marking();
    this.publisher = revision.publisher().value();
    this.trackingId = cut(revision.trackingId(), 1000);
    this.title = cut(revision.title() == null ? revision.trackingId() : revision.title(), 1000);
    this.draft = revision.draft();
    this.latest = true;
    this.productId = cut(p.productId(), 1000);
    this.name = cut(p.name(), 1000);
    this.vendor = cut(p.vendor(), 1000);
    this.productName = cut(p.product(), 1000);
    this.version = cut(p.version(), 1000);
    this.versionRange = cut(p.versionRange(), 1000);
    this.cpe = cut(p.cpe(), 1000);
    this.purl = cut(p.purl(), 1000);
    this.hashes = cut(String.join("\n", p.hashes()), 4000);
    this.relationship = cut(p.relationship(), 64);
    this.relatesTo = cut(p.relatesTo(), 1000);
    this.purlKey = cut(keys.purl(), 1000);
    this.cpeKey = cut(keys.cpe(), 1000);
    this.nameKey = cut(keys.name(), 1000);
    statuses.forEach(s -> this.statuses.add(cut(s, 1100)));
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
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

  /** The product as the product tree named it. */
  public AdvisoryProduct product() {
    return new AdvisoryProduct(
        productId,
        name,
        vendor,
        productName,
        version,
        versionRange,
        cpe,
        purl,
        hashes(),
        relationship,
        relatesTo);
  }

  public Marking marking() {
    return marking;
  }

  public String productId() {
    return productId;
  }

  public String name() {
    return name;
  }

  public String purl() {
    return purl;
  }

  public String cpe() {
    return cpe;
  }

  public List<String> hashes() {
    return hashes == null || hashes.isEmpty()
        ? List.of()
        : new ArrayList<>(List.of(hashes.split("\n")));
  }

  public Set<String> statuses() {
    return new TreeSet<>(statuses);
  }
}
