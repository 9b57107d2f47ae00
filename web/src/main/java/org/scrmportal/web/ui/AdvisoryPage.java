package org.scrmportal.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Named;
import java.util.List;
import org.scrmportal.advisory.Advisories;
import org.scrmportal.advisory.Advisory;

/**
 * One advisory revision rendered for people ({@link CsafView}), with why the caller may see it, its
 * other revisions and the links to its files as submitted. One the caller may not see reads exactly
 * like one that does not exist.
 */
@Named
@RequestScoped
public class AdvisoryPage {

  @EJB Advisories advisories;

  private String id;
  private Advisories.Seen seen;
  private CsafView view;
  private List<Advisory> revisions;

  /** Reads the advisory the {@code id} parameter names (the view action). */
  public void load() {
    String value = Pages.blankToNull(id);
    if (value != null && value.matches("[0-9]{1,18}")) {
      seen = advisories.seen(Long.parseLong(value)).orElse(null);
    }
    if (seen == null) {
      Pages.message(FacesMessage.SEVERITY_ERROR, "No such advisory.");
      return;
    }
    try {
      view = CsafView.of(seen.advisory().content());
    } catch (IllegalArgumentException e) {
      Pages.message(FacesMessage.SEVERITY_ERROR, "The stored document cannot be shown.");
    }
    revisions = advisories.revisionsOf(seen.advisory());
  }

  public Advisory getAdvisory() {
    return seen == null ? null : seen.advisory();
  }

  /** Why the caller may see it (the access policy's reason). */
  public String getWhy() {
    return seen == null ? null : seen.decision().reason();
  }

  public CsafView getView() {
    return view;
  }

  public List<Advisory> getRevisions() {
    return revisions == null ? List.of() : revisions;
  }

  /** The path of the revision's files, e.g. {@code /advisory-files/12/acme_-_x.json}. */
  public String getFiles() {
    Advisory a = getAdvisory();
    return a == null ? null : "/advisory-files/" + a.id() + "/" + a.fileName();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
