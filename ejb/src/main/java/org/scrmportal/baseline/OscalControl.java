package org.scrmportal.baseline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * One control of a publication (for a profile: of its resolved catalog), written once with its
 * publication and never changed; readable exactly where the publication's marking lets one read it.
 */
@Entity
@Table(name = "oscal_control")
public class OscalControl {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "publication_id", nullable = false)
  private Publication publication;

  @Column(name = "control_id", nullable = false, length = 200)
  private String controlId;

  @Column(name = "label", nullable = false, length = 200)
  private String label;

  @Column(name = "title", nullable = false, length = 1000)
  private String title;

  @Column(name = "family", nullable = false, length = 200)
  private String family;

  @Column(name = "family_title", nullable = false, length = 1000)
  private String familyTitle;

  @Column(name = "parent_id", length = 200)
  private String parentId;

  @Column(name = "sort_order", nullable = false)
  private int position;

  @Column(name = "search_text", nullable = false, length = 1048576)
  private String searchText;

  @Column(name = "detail_json", nullable = false, length = 1048576)
  private String detailJson;

  protected OscalControl() {}

  /** What one control row is made of. */
  public record Row(
      String controlId,
      String label,
      String title,
      String family,
      String familyTitle,
      String parentId,
      int position,
      String searchText,
      String detailJson) {}

  OscalControl(Publication publication, Row row) {
    this.publication = Objects.requireNonNull(publication, "publication");
    this.controlId = Objects.requireNonNull(row.controlId(), "controlId");
    this.label = row.label() == null || row.label().isBlank() ? row.controlId() : row.label();
    this.title = clip(row.title() == null ? "" : row.title(), 1000);
    this.family = row.family() == null ? "" : row.family();
    this.familyTitle = clip(row.familyTitle() == null ? "" : row.familyTitle(), 1000);
    this.parentId = row.parentId();
    this.position = row.position();
    this.searchText = clip(Objects.requireNonNull(row.searchText(), "searchText"), 1048576);
    this.detailJson = Objects.requireNonNull(row.detailJson(), "detailJson");
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  public Publication publication() {
    return publication;
  }

  public String controlId() {
    return controlId;
  }

  public String label() {
    return label;
  }

  public String title() {
    return title;
  }

  public String family() {
    return family;
  }

  public String familyTitle() {
    return familyTitle;
  }

  public String parentId() {
    return parentId;
  }

  public int position() {
    return position;
  }

  /** The control as the portal's OSCAL model ({@code Control}) in JSON, for display. */
  public String detailJson() {
    return detailJson;
  }

  public ControlView view() {
    return new ControlView(
        publication.id(),
        publication.catalogName(),
        controlId,
        label,
        title,
        family,
        familyTitle,
        parentId);
  }
}
