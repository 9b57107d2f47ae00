package org.scrmportal.web.ui;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.scrmportal.platform.DomainException;

/**
 * What every page does with the outcome of an action: a message saying what happened or why not.
 */
final class Pages {

  private Pages() {}

  /**
   * Runs {@code action}. On success, redirects to the same page (post-redirect-get, so the page
   * shows the state after the action) and says {@code done} there; on refusal, stays and says why.
   *
   * @return the navigation outcome for the action method
   */
  static String attempt(Runnable action, String done) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      action.run();
      message(FacesMessage.SEVERITY_INFO, done);
      faces.getExternalContext().getFlash().setKeepMessages(true);
      return faces.getViewRoot().getViewId() + "?faces-redirect=true";
    } catch (DomainException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    } catch (EJBAccessException e) {
      message(FacesMessage.SEVERITY_ERROR, "Your roles do not allow this.");
    }
    return null;
  }

  static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  /** Null for null or blank text, else the text without surrounding blanks: a form's "none". */
  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
