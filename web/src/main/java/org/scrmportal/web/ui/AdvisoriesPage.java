package org.scrmportal.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.scrmportal.advisory.Advisories;
import org.scrmportal.advisory.Advisory;
import org.scrmportal.advisory.AdvisoryQuery;
import org.scrmportal.platform.TlpLevel;

/**
 * The advisories the caller may see (the latest revision of each tracking id), newest first, a
 * keyset page at a time; filtered by TLP level. The filters are query parameters.
 */
@Named
@RequestScoped
public class AdvisoriesPage {

  /** Advisories on one page. */
  static final int PAGE_SIZE = 50;

  @EJB Advisories advisories;

  private String tlp;
  private String before;
  private List<Advisory> rows;
  private boolean more;

  /** Reads the page (the view action). */
  public void load() {
    AdvisoryQuery query = AdvisoryQuery.latest(PAGE_SIZE + 1);
    String level = Pages.blankToNull(tlp);
    if (level != null) {
      try {
        query = query.at(TlpLevel.parse(level));
      } catch (IllegalArgumentException e) {
        tlp = null;
      }
    }
    String cursor = Pages.blankToNull(before);
    if (cursor != null && cursor.matches("[0-9]{1,18}")) {
      query = query.before(Long.parseLong(cursor));
    }
    List<Advisory> found = advisories.list(query);
    more = found.size() > PAGE_SIZE;
    rows = more ? found.subList(0, PAGE_SIZE) : found;
  }

  public List<Advisory> getRows() {
    if (rows == null) {
      load();
    }
    return rows;
  }

  /** Where the next page starts, or null on the last page. */
  public Long getNextBefore() {
    return more && !rows.isEmpty() ? rows.get(rows.size() - 1).id() : null;
  }

  public List<TlpLevel> getLevels() {
    return List.of(TlpLevel.values());
  }

  public String getTlp() {
    return tlp;
  }

  public void setTlp(String tlp) {
    this.tlp = tlp;
  }

  public String getBefore() {
    return before;
  }

  public void setBefore(String before) {
    this.before = before;
  }
}
