package org.scrmportal.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import org.scrmportal.platform.DomainException;
import org.scrmportal.supplier.Notice;
import org.scrmportal.supplier.Notices;

/**
 * "My affected products": the signed-in organization's open notices, each an advisory's
 * vulnerability that affects a component of its inventory, with the advisory's product that
 * matched; mark one read, or close it.
 */
@Named
@RequestScoped
public class AffectedProductsPage {

  @EJB Notices notices;

  private List<Notice> rows;

  public List<Notice> getRows() {
    if (rows == null) {
      rows = notices.open();
    }
    return rows;
  }

  /** The label of a notice's outcome for people. */
  public String outcome(Notice notice) {
    return switch (notice.outcome()) {
      case AFFECTED -> "Affected";
      case POSSIBLY_AFFECTED -> "Possibly affected (version not comparable)";
      case NOT_AFFECTED -> "Not affected";
      case FIXED -> "Fixed";
      case DISMISSED -> "Closed";
    };
  }

  public String markRead(long id) {
    return act(() -> notices.markRead(id), "Marked read.");
  }

  public String close(long id) {
    return act(() -> notices.dismiss(id), "Closed.");
  }

  private String act(Runnable action, String done) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      action.run();
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
    } catch (DomainException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    rows = null;
    return null;
  }
}
