package org.scrmportal.web.ui;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scrmportal.access.MarkingRequest;
import org.scrmportal.baseline.mapping.ControlMappings;
import org.scrmportal.baseline.mapping.LinkedThreat;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.Roles;
import org.scrmportal.platform.TlpLevel;

/**
 * The threats linked to a control, on its page ({@code /WEB-INF/includes/control-links.xhtml}), as
 * the viewer may see them; and the form that links an object or advisory the viewer may see.
 */
@Named("controlLinks")
@RequestScoped
public class ControlLinksForm {

  @EJB ControlMappings mappings;

  private final Map<String, List<LinkedThreat>> cache = new HashMap<>();

  private String object;
  private String advisory;
  private String relationship = "mitigates";
  private String tlp = "CLEAR";

  public List<LinkedThreat> threats(String catalogName, String controlId) {
    if (catalogName == null || controlId == null) {
      return List.of();
    }
    return cache.computeIfAbsent(
        catalogName + " " + controlId,
        k -> {
          try {
            return mappings.linked(catalogName, controlId);
          } catch (DomainException e) {
            return List.of();
          }
        });
  }

  /** Whether the caller's roles link threats to controls. */
  public boolean isMayLink() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    return external.isUserInRole(Roles.ANALYST)
        || external.isUserInRole(Roles.SUBMITTER)
        || external.isUserInRole(Roles.STANDARDS_EDITOR);
  }

  public String link(String catalogName, String controlId) {
    try {
      Long advisoryId = Pages.blankToNull(advisory) == null ? null : Long.valueOf(advisory.strip());
      mappings.link(
          new ControlMappings.LinkRequest(
              catalogName,
              controlId,
              Pages.blankToNull(object),
              advisoryId,
              relationship,
              new MarkingRequest(TlpLevel.parse(tlp), null, null, null, null)));
      Pages.message(FacesMessage.SEVERITY_INFO, "Linked.");
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "control?faces-redirect=true&includeViewParams=true";
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
