package org.scrmportal.baseline.attestation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.scrmportal.access.Marking;
import org.scrmportal.baseline.PublicationView;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.platform.TlpLevel;

/**
 * A company's attestation of one baseline publication: for one of its products, or for the
 * organization as a whole, what it implements control by control, as an OSCAL component definition.
 * Pinned to the exact publication version it names: a newer version of the baseline is another
 * publication and changes nothing here. Private to the organization when made (its marking is
 * TLP:AMBER+STRICT naming no one but the author), shared like any object by changing its marking.
 */
@Entity
@Table(name = "attestation")
public class Attestation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "org_id", nullable = false, length = 63)
  private String organization;

  @Column(name = "product", length = 200)
  private String product;

  @Column(name = "title", nullable = false, length = 1000)
  private String title;

  @Column(name = "baseline_id", nullable = false)
  private long baselineId;

  @Column(name = "baseline_publisher", nullable = false, length = 63)
  private String baselinePublisher;

  @Column(name = "baseline_name", nullable = false, length = 100)
  private String baselineName;

  @Column(name = "baseline_version", nullable = false)
  private int baselineVersion;

  @OneToOne(cascade = CascadeType.ALL, optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "content_id", nullable = false, unique = true)
  private AttestationContent content;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 256)
  private String createdBy;

  @OneToOne(cascade = CascadeType.ALL, optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "marking_id", nullable = false, unique = true)
  private Marking marking;

  @OneToMany(mappedBy = "attestation", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
  @OrderBy("position")
  private List<AttestedControl> controls = new ArrayList<>();

  protected Attestation() {}

  /**
   * A new attestation, private to {@code organization}.
   *
   * @param product null for the organization as a whole
   * @param baseline the publication (exact version) attested against
   * @param content the OSCAL component definition
   * @param statements one per control, in the document's order
   */
  static Attestation privateTo(
      OrganizationId organization,
      String product,
      String title,
      PublicationView baseline,
      byte[] content,
      List<Statement> statements,
      String createdBy,
      Instant at) {
    Attestation a = new Attestation();
    a.organization = organization.value();
    a.product = product;
    a.title = Objects.requireNonNull(title, "title");
    a.baselineId = baseline.id();
    a.baselinePublisher = baseline.publisher();
    a.baselineName = baseline.name();
    a.baselineVersion = baseline.version();
    a.content = new AttestationContent(content);
    a.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    a.createdAt = Objects.requireNonNull(at, "at");
    a.marking = Marking.of(TlpLevel.AMBER_STRICT, organization, Set.of(), Set.of(), Set.of(), null);
    for (Statement s : statements) {
      a.controls.add(new AttestedControl(a, a.controls.size(), s));
    }
    return a;
  }

  public Long id() {
    return id;
  }

  public OrganizationId organization() {
    return new OrganizationId(organization);
  }

  /** The product attested, or empty for the organization as a whole. */
  public Optional<String> product() {
    return Optional.ofNullable(product);
  }

  public String title() {
    return title;
  }

  /** The baseline publication, the exact version, this attestation is pinned to. */
  public long baselineId() {
    return baselineId;
  }

  public String baselinePublisher() {
    return baselinePublisher;
  }

  public String baselineName() {
    return baselineName;
  }

  public int baselineVersion() {
    return baselineVersion;
  }

  /** The OSCAL component definition, as uploaded or as the form wrote it. */
  public byte[] content() {
    return content.bytes();
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Marking marking() {
    return marking;
  }

  /** What it says, control by control, in the document's order. */
  public List<Statement> statements() {
    return controls.stream().map(AttestedControl::toStatement).toList();
  }
}
