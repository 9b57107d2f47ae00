package org.scrmportal.web.ui;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.scrmportal.baseline.ControlView;
import org.scrmportal.baseline.PublicationView;
import org.scrmportal.baseline.attestation.AttestationForm;
import org.scrmportal.baseline.attestation.AttestationView;
import org.scrmportal.baseline.attestation.Attestations;
import org.scrmportal.baseline.oscal.ImplementationStatus;
import org.scrmportal.baseline.oscal.OscalInvalid;
import org.scrmportal.platform.DomainException;

/**
 * "New attestation": choose a baseline publication and, optionally, a product; then either upload
 * an OSCAL component definition or state, control by control for every control the baseline
 * requires, the status and a statement (the portal writes the component definition). Either way,
 * the new attestation's page follows; on a refusal the page stays and says why.
 */
@Named
@ViewScoped
public class AttestationNewPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Attestations attestations;

  /** One row of the control-by-control form; status blank = not stated. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String controlId;
    private final String label;
    private final String title;
    private final String familyTitle;
    private String status = "";
    private String statement = "";

    Row(ControlView c) {
      this.controlId = c.controlId();
      this.label = c.label();
      this.title = c.title();
      this.familyTitle = c.familyTitle();
    }

    public String getControlId() {
      return controlId;
    }

    public String getLabel() {
      return label;
    }

    public String getTitle() {
      return title;
    }

    public String getFamilyTitle() {
      return familyTitle;
    }

    public String getStatus() {
      return status;
    }

    public void setStatus(String status) {
      this.status = status == null ? "" : status;
    }

    public String getStatement() {
      return statement;
    }

    public void setStatement(String statement) {
      this.statement = statement == null ? "" : statement;
    }
  }

  private Long baselineId;
  private String product = "";
  private List<Row> rows = new ArrayList<>();
  private transient Part file;
  private transient List<PublicationView> publications;

  public List<PublicationView> getPublications() {
    if (publications == null) {
      publications = attestations.baselines();
    }
    return publications;
  }

  /** Takes the baseline chosen and lists its controls for the form. */
  public String choose() {
    rows = new ArrayList<>();
    if (baselineId == null) {
      Pages.message(FacesMessage.SEVERITY_ERROR, "Choose a baseline.");
      return null;
    }
    List<ControlView> required = attestations.required(baselineId);
    if (required.isEmpty()) {
      Pages.message(FacesMessage.SEVERITY_ERROR, "No such baseline.");
      return null;
    }
    required.forEach(c -> rows.add(new Row(c)));
    return null;
  }

  /** Attests with the form's statuses and statements. */
  public String submitForm() {
    List<AttestationForm.Entry> said =
        rows.stream()
            .filter(r -> !r.getStatus().isBlank())
            .map(
                r ->
                    new AttestationForm.Entry(
                        r.getControlId(),
                        ImplementationStatus.valueOf(r.getStatus()),
                        r.getStatement()))
            .toList();
    if (said.isEmpty()) {
      Pages.message(FacesMessage.SEVERITY_ERROR, "State the status of at least one control.");
      return null;
    }
    return attest(
        () -> attestations.fill(new AttestationForm(baselineId, Pages.blankToNull(product), said)));
  }

  /** Attests with the uploaded component definition. */
  public String upload() {
    if (file == null || file.getSize() == 0) {
      Pages.message(
          FacesMessage.SEVERITY_ERROR, "Choose an OSCAL component definition (JSON, XML or YAML).");
      return null;
    }
    if (file.getSize() > Attestations.MAX_BYTES) {
      Pages.message(
          FacesMessage.SEVERITY_ERROR,
          "The file is "
              + Sizes.mib(file.getSize())
              + "; the portal takes at most "
              + Sizes.mib(Attestations.MAX_BYTES)
              + ".");
      return null;
    }
    byte[] content;
    try (InputStream in = file.getInputStream()) {
      content = in.readNBytes(Attestations.MAX_BYTES);
    } catch (IOException e) {
      Pages.message(FacesMessage.SEVERITY_ERROR, "The file could not be read: send it again.");
      return null;
    }
    return attest(() -> attestations.upload(baselineId, Pages.blankToNull(product), content));
  }

  private String attest(Supplier<AttestationView> action) {
    if (baselineId == null) {
      Pages.message(FacesMessage.SEVERITY_ERROR, "Choose a baseline.");
      return null;
    }
    try {
      AttestationView made = action.get();
      Pages.message(
          FacesMessage.SEVERITY_INFO, "Attestation stored, private to your organization.");
      jakarta.faces.context.FacesContext.getCurrentInstance()
          .getExternalContext()
          .getFlash()
          .setKeepMessages(true);
      return "attestation?faces-redirect=true&id=" + made.id();
    } catch (OscalInvalid e) {
      Pages.message(FacesMessage.SEVERITY_ERROR, e.getMessage());
      e.problems().stream()
          .limit(20)
          .forEach(
              p ->
                  Pages.message(
                      FacesMessage.SEVERITY_ERROR,
                      (p.path().isEmpty() ? "" : p.path() + ": ") + p.message()));
    } catch (DomainException e) {
      Pages.message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    } catch (EJBAccessException e) {
      Pages.message(
          FacesMessage.SEVERITY_ERROR,
          "Attesting takes the submitter, analyst or org-admin role in a company.");
    }
    return null;
  }

  public ImplementationStatus[] getStatuses() {
    return ImplementationStatus.values();
  }

  public String statusLabel(ImplementationStatus status) {
    return org.scrmportal.baseline.attestation.CoverageReport.label(status);
  }

  public Long getBaselineId() {
    return baselineId;
  }

  public void setBaselineId(Long baselineId) {
    this.baselineId = baselineId;
  }

  public String getProduct() {
    return product;
  }

  public void setProduct(String product) {
    this.product = product;
  }

  public List<Row> getRows() {
    return rows;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
