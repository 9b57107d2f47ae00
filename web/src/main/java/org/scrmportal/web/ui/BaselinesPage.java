package org.scrmportal.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scrmportal.baseline.Baselines;
import org.scrmportal.baseline.ControlView;
import org.scrmportal.baseline.PublicationView;
import org.scrmportal.platform.DomainException;

/**
 * OSCAL catalogs and baselines the caller may see (the newest version of each series); one chosen
 * ({@code publication}) with its versions and its controls grouped by family (one family open when
 * {@code family} names it); a search of controls ({@code q}) in the newest versions.
 */
@Named
@RequestScoped
public class BaselinesPage {

  /** The most search results shown. */
  static final int SEARCH_LIMIT = 100;

  /** One family of controls. */
  public record Family(String id, String title, List<ControlView> controls) {}

  @EJB Baselines baselines;

  private String publication;
  private String family;
  private String q;
  private List<PublicationView> rows;
  private PublicationView selected;
  private List<PublicationView> versions = List.of();
  private List<Family> families = List.of();
  private List<ControlView> results;

  /** Reads the page (the view action). */
  public void load() {
    rows = baselines.publications();
    String id = Pages.blankToNull(publication);
    if (id != null) {
      selected =
          id.matches("[0-9]{1,18}") ? baselines.publication(Long.parseLong(id)).orElse(null) : null;
      if (selected == null) {
        Pages.message(FacesMessage.SEVERITY_ERROR, "No such publication.");
      } else {
        versions = baselines.versions(selected.id());
        families = group(baselines.controls(selected.id(), null));
      }
    }
    String text = Pages.blankToNull(q);
    if (text != null) {
      try {
        results =
            selected == null
                ? baselines.search(text, SEARCH_LIMIT)
                : baselines.search(selected.id(), text, SEARCH_LIMIT);
      } catch (DomainException e) {
        Pages.message(FacesMessage.SEVERITY_ERROR, e.getMessage());
      }
    }
  }

  private static List<Family> group(List<ControlView> controls) {
    Map<String, List<ControlView>> byFamily = new LinkedHashMap<>();
    Map<String, String> titles = new LinkedHashMap<>();
    for (ControlView c : controls) {
      byFamily.computeIfAbsent(c.family(), k -> new ArrayList<>()).add(c);
      titles.putIfAbsent(c.family(), c.familyTitle());
    }
    List<Family> families = new ArrayList<>();
    byFamily.forEach((id, list) -> families.add(new Family(id, titles.get(id), list)));
    return families;
  }

  /** The name of a publication's series by id, for search results. */
  public String nameOf(long publicationId) {
    return getRows().stream()
        .filter(p -> p.id() == publicationId)
        .map(p -> p.name() + " v" + p.version())
        .findFirst()
        .orElse(String.valueOf(publicationId));
  }

  public List<PublicationView> getRows() {
    if (rows == null) {
      load();
    }
    return rows;
  }

  public PublicationView getSelected() {
    return selected;
  }

  public List<PublicationView> getVersions() {
    return versions;
  }

  public List<Family> getFamilies() {
    return families;
  }

  /** Search results, or null when nothing was searched. */
  public List<ControlView> getResults() {
    return results;
  }

  public String getPublication() {
    return publication;
  }

  public void setPublication(String publication) {
    this.publication = publication;
  }

  public String getFamily() {
    return family;
  }

  public void setFamily(String family) {
    this.family = family;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}
