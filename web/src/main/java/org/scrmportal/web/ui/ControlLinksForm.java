package org.scrmportal.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scrmportal.baseline.mapping.ControlMappings;
import org.scrmportal.baseline.mapping.LinkedThreat;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.Roles;

/**
 * The threats linked to a control, on its page ({@code /WEB-INF/includes/control-links.xhtml}), as
 * the viewer may see them.
 */
@Named("controlLinks")
@RequestScoped
public class ControlLinksForm {

  @EJB ControlMappings mappings;

  private final Map<String, List<LinkedThreat>> cache = new HashMap<>();

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
}
