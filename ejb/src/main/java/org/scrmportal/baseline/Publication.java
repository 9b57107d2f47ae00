package org.scrmportal.baseline;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.scrmportal.access.Marking;
import org.scrmportal.baseline.oscal.OscalKind;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.platform.TlpLevel;

/**
 * One version of an OSCAL catalog or profile that a standards body published. Versions are numbered
 * 1, 2, ... per (publisher, name); a new upload adds a version and nothing of an earlier one is
 * ever rewritten (only {@code latest} moves), so what an attestation points at stays as it was.
 */
@Entity
@Table(name = "oscal_publication")
public class Publication {

  /** A publication's series name, chosen by its publisher. */
  public static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "org_id", nullable = false, length = 63)
  private String publisher;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "version", nullable = false)
  private int version;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 16)
  private OscalKind kind;

  @Column(name = "catalog_name", nullable = false, length = 100)
  private String catalogName;

  @Column(name = "title", nullable = false, length = 1000)
  private String title;

  @Column(name = "document_uuid", nullable = false, length = 36)
  private String documentUuid;

  @Column(name = "document_version", nullable = false, length = 200)
  private String documentVersion;

  @Column(name = "oscal_version", nullable = false, length = 40)
  private String oscalVersion;

  @Column(name = "last_modified")
  private Instant lastModified;

  @OneToOne(cascade = CascadeType.ALL, optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "content_id", nullable = false, unique = true)
  private PublicationContent content;

  @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
  @JoinColumn(name = "resolved_id", unique = true)
  private PublicationContent resolved;

  @Column(name = "control_count", nullable = false)
  private int controlCount;

  @Column(name = "published_by", nullable = false, length = 256)
  private String publishedBy;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  @Column(name = "latest", nullable = false)
  private boolean latest;

  @OneToOne(cascade = CascadeType.ALL, optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "marking_id", nullable = false, unique = true)
  private Marking marking;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "oscal_publication_alias",
      joinColumns = @JoinColumn(name = "publication_id"))
  private List<PublicationAlias> aliases = new ArrayList<>();

  protected Publication() {}

  /** What a new version is made of. */
  public record Draft(
      OrganizationId publisher,
      String name,
      int version,
      OscalKind kind,
      String catalogName,
      String title,
      String documentUuid,
      String documentVersion,
      String oscalVersion,
      Instant lastModified,
      byte[] content,
      byte[] resolvedJson,
      List<String> aliases,
      int controlCount,
      String publishedBy,
      Instant publishedAt,
      Marking marking) {}

  Publication(Draft d) {
    this.publisher = Objects.requireNonNull(d.publisher(), "publisher").value();
    if (d.name() == null || !NAME.matcher(d.name()).matches()) {
      throw new IllegalArgumentException("a publication's name is " + NAME.pattern());
    }
    this.name = d.name();
    if (d.version() < 1) {
      throw new IllegalArgumentException("versions start at 1");
    }
    this.version = d.version();
    this.kind = Objects.requireNonNull(d.kind(), "kind");
    this.catalogName = Objects.requireNonNull(d.catalogName(), "catalogName");
    this.title = clip(Objects.requireNonNull(d.title(), "title"), 1000);
    this.documentUuid = Objects.requireNonNull(d.documentUuid(), "documentUuid");
    this.documentVersion =
        clip(Objects.requireNonNull(d.documentVersion(), "documentVersion"), 200);
    this.oscalVersion = clip(Objects.requireNonNull(d.oscalVersion(), "oscalVersion"), 40);
    this.lastModified = d.lastModified();
    this.content = new PublicationContent(d.content());
    this.resolved = d.resolvedJson() == null ? null : new PublicationContent(d.resolvedJson());
    d.aliases().stream().distinct().forEach(a -> aliases.add(new PublicationAlias(a)));
    this.controlCount = d.controlCount();
    this.publishedBy = Objects.requireNonNull(d.publishedBy(), "publishedBy");
    this.publishedAt = Objects.requireNonNull(d.publishedAt(), "publishedAt");
    this.marking = Objects.requireNonNull(d.marking(), "marking");
    this.latest = true;
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  /** A newer version took this one's place as the newest of its series. */
  void superseded() {
    this.latest = false;
  }

  public long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public int version() {
    return version;
  }

  public OscalKind kind() {
    return kind;
  }

  public String catalogName() {
    return catalogName;
  }

  public String title() {
    return title;
  }

  public String documentUuid() {
    return documentUuid;
  }

  public String documentVersion() {
    return documentVersion;
  }

  public String oscalVersion() {
    return oscalVersion;
  }

  public Optional<Instant> lastModified() {
    return Optional.ofNullable(lastModified);
  }

  public OrganizationId publisher() {
    return new OrganizationId(publisher);
  }

  public String publishedBy() {
    return publishedBy;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public boolean latest() {
    return latest;
  }

  public int controlCount() {
    return controlCount;
  }

  /** The document exactly as uploaded. */
  public byte[] content() {
    return content.bytes();
  }

  /** A profile's resolved catalog (OSCAL JSON); empty for a catalog. */
  public Optional<byte[]> resolvedJson() {
    return Optional.ofNullable(resolved).map(PublicationContent::bytes);
  }

  public List<String> aliases() {
    return aliases.stream().map(PublicationAlias::alias).toList();
  }

  public Marking marking() {
    return marking;
  }

  public PublicationView view() {
    return new PublicationView(
        id,
        publisher,
        name,
        version,
        kind,
        catalogName,
        title,
        documentVersion,
        publishedAt,
        controlCount,
        marking.level());
  }

  TlpLevel tlp() {
    return marking.level();
  }
}
