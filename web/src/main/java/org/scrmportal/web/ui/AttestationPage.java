package org.scrmportal.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.scrmportal.baseline.PublicationView;
import org.scrmportal.baseline.attestation.AttestationView;
import org.scrmportal.baseline.attestation.Attestations;
import org.scrmportal.baseline.attestation.CoverageReport;
import org.scrmportal.baseline.attestation.Statement;
import org.scrmportal.baseline.oscal.OscalFormat;
import org.scrmportal.community.CommunityService;
import org.scrmportal.identity.PortalPrincipal;
import org.scrmportal.organization.OrganizationService;
import org.scrmportal.platform.DomainException;

/**
 * One attestation ({@code attestation.xhtml?id=}): its coverage of the pinned baseline version, the
 * gaps per family, the statements control by control, the component definition to download, and,
 * for its own organization, the marking to share it with.
 */
@Named
@ViewScoped
public class AttestationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Attestations attestations;

  @EJB CommunityService communities;

  @EJB OrganizationService organizations;

  @Inject PortalPrincipal principal;

  private String id;
  private final MarkingForm marking = new MarkingForm();
  private transient AttestationView attestation;
  private transient CoverageReport coverage;
  private transient PublicationView baseline;
  private transient List<OrganizationService.Listing> known;
  private transient List<CommunityService.Listing> directory;

  @PostConstruct
  void start() {
    marking.setTlp("AMBER_STRICT");
  }

  /** Reads the attestation the {@code id} parameter names (the view action). */
  public void load() {
    attestation = null;
    String value = Pages.blankToNull(id);
    try {
      if (value != null && value.matches("[0-9]{1,18}")) {
        attestation = attestations.find(Long.parseLong(value));
      }
    } catch (DomainException e) {
      attestation = null;
    }
    if (attestation == null) {
      Pages.message(FacesMessage.SEVERITY_ERROR, "No such attestation.");
      return;
    }
    baseline = attestations.publication(attestation.baselineId()).orElse(null);
    try {
      coverage = attestations.coverage(attestation.id());
    } catch (DomainException e) {
      coverage = null;
    }
  }

  /** Shares or narrows the attestation (its organization's members; loosening: org admins). */
  public String share() {
    try {
      attestations.share(idValue(), marking.toRequest());
      Pages.message(FacesMessage.SEVERITY_INFO, "Marking changed.");
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "attestation?faces-redirect=true&id=" + idValue();
    } catch (DomainException e) {
      Pages.message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    } catch (EJBAccessException e) {
      Pages.message(FacesMessage.SEVERITY_ERROR, "Your roles do not allow this.");
    }
    return null;
  }

  /** Sends the component definition as a file. */
  public void download() {
    FacesContext faces = FacesContext.getCurrentInstance();
    byte[] content;
    try {
      content = attestations.componentDefinition(idValue());
    } catch (DomainException e) {
      Pages.message(FacesMessage.SEVERITY_ERROR, "No such attestation.");
      return;
    }
    OscalFormat format = OscalFormat.detect(content);
    ExternalContext response = faces.getExternalContext();
    response.responseReset();
    response.setResponseContentType(
        switch (format) {
          case JSON -> "application/json";
          case XML -> "application/xml";
          case YAML -> "application/yaml";
        });
    response.setResponseHeader(
        "Content-Disposition",
        "attachment; filename=\"attestation-"
            + idValue()
            + "."
            + format.name().toLowerCase(Locale.ROOT)
            + "\"");
    try (OutputStream out = response.getResponseOutputStream()) {
      out.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  private long idValue() {
    String value = Pages.blankToNull(id);
    if (value == null || !value.matches("[0-9]{1,18}")) {
      throw new DomainException(DomainException.Kind.NOT_FOUND, "No such attestation.");
    }
    return Long.parseLong(value);
  }

  /** Whether the caller's organization made it (and so may share it). */
  public boolean isMine() {
    return attestation != null
        && principal
            .organization()
            .map(o -> o.id().equals(attestation.organization()))
            .orElse(false);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public AttestationView getAttestation() {
    return attestation;
  }

  public CoverageReport getCoverage() {
    return coverage;
  }

  /** The pinned baseline version, or null if the caller may not see it. */
  public PublicationView getBaseline() {
    return baseline;
  }

  public int getPercent() {
    return coverage == null ? 0 : AttestationsPage.percent(coverage.coverage());
  }

  public String getSummary() {
    return AttestationsPage.summary(coverage == null ? null : coverage.coverage());
  }

  public int percentOf(CoverageReport.Family family) {
    return AttestationsPage.percent(family.coverage());
  }

  public String statusOf(Statement s) {
    return CoverageReport.label(s.status());
  }

  public MarkingForm getMarking() {
    return marking;
  }

  public List<OrganizationService.Listing> getOrganizations() {
    if (known == null) {
      known = organizations.directory();
    }
    return known;
  }

  public List<CommunityService.Listing> getCommunities() {
    if (directory == null) {
      directory = communities.directory();
    }
    return directory;
  }
}
