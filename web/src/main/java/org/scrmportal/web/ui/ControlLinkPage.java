package org.scrmportal.web.ui;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.scrmportal.access.MarkingRequest;
import org.scrmportal.baseline.ControlView;
import org.scrmportal.baseline.mapping.ControlMappings;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.TlpLevel;

/**
 * {@code control-link.xhtml?publication=&control=}: the form that links a STIX object or an
 * advisory the caller may see to a control (docs/MAPPINGS.md, "The form").
 */
@Named
@ViewScoped
public class ControlLinkPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient ControlMappings mappings;

  private String publication;
  private String control;
  private ControlView view;
  private String object;
  private String advisory;
  private String relationship = "mitigates";
  private String tlp = "CLEAR";

  /** Reads the control (the view action). */
  public void load() {
    String id = Pages.blankToNull(publication);
    String controlId = Pages.blankToNull(control);
    if (id != null && id.matches("[0-9]{1,18}") && controlId != null && controlId.length() <= 200) {
      view = mappings.control(Long.parseLong(id), controlId).orElse(null);
    }
    if (view == null) {
      Pages.message(FacesMessage.SEVERITY_ERROR, "No such control.");
    }
  }

  public String link() {
    if (view == null) {
      Pages.message(FacesMessage.SEVERITY_ERROR, "No such control.");
      return null;
    }
    try {
      Long advisoryId = Pages.blankToNull(advisory) == null ? null : Long.valueOf(advisory.strip());
      mappings.link(
          new ControlMappings.LinkRequest(
              view.catalogName(),
              view.controlId(),
              Pages.blankToNull(object),
              advisoryId,
              relationship,
              new MarkingRequest(TlpLevel.parse(tlp), null, null, null, null)));
      Pages.message(FacesMessage.SEVERITY_INFO, "Linked.");
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "control?faces-redirect=true&publication="
          + view.publicationId()
          + "&control="
          + view.controlId();
    } catch (NumberFormatException e) {
      Pages.message(FacesMessage.SEVERITY_ERROR, "An advisory is named by its number.");
    } catch (IllegalArgumentException e) {
      Pages.message(FacesMessage.SEVERITY_ERROR, "Choose a TLP level.");
    } catch (DomainException e) {
      Pages.message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    } catch (EJBAccessException e) {
      Pages.message(FacesMessage.SEVERITY_ERROR, "Your roles do not allow this.");
    }
    return null;
  }

  public ControlView getView() {
    return view;
  }

  public String getPublication() {
    return publication;
  }

  public void setPublication(String publication) {
    this.publication = publication;
  }

  public String getControl() {
    return control;
  }

  public void setControl(String control) {
    this.control = control;
  }

  public String getObject() {
    return object;
  }

  public void setObject(String object) {
    this.object = object;
  }

  public String getAdvisory() {
    return advisory;
  }

  public void setAdvisory(String advisory) {
    this.advisory = advisory;
  }

  public String getRelationship() {
    return relationship;
  }

  public void setRelationship(String relationship) {
    this.relationship = relationship;
  }

  public String getTlp() {
    return tlp;
  }

  public void setTlp(String tlp) {
    this.tlp = tlp;
  }
}
