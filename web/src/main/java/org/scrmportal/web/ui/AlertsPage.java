package org.scrmportal.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.scrmportal.alert.AlertService;
import org.scrmportal.community.CommunityService;
import org.scrmportal.organization.OrganizationService;

/** Alerts the caller may see, each with "why can I see this?", and the form to publish one. */
@Named
@RequestScoped
public class AlertsPage {

  @EJB AlertService alerts;

  @EJB CommunityService communities;

  @EJB OrganizationService organizations;

  private String title;
  private String body;
  private final MarkingForm marking = new MarkingForm();
  private AlertService.Page page;

  public AlertService.Page getPage() {
    if (page == null) {
      page = alerts.list(null, null, 200);
    }
    return page;
  }

  private List<CommunityService.Listing> directory;
  private List<OrganizationService.Listing> known;

  /** The organizations a marking may name. */
  public List<OrganizationService.Listing> getOrganizations() {
    if (known == null) {
      known = organizations.directory();
    }
    return known;
  }

  /** The communities a marking may name. */
  public List<CommunityService.Listing> getCommunities() {
    if (directory == null) {
      directory = communities.directory();
    }
    return directory;
  }

  public String publish() {
    return Pages.attempt(
        () -> alerts.publish(title, body, marking.toRequest()), "Alert published.");
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public MarkingForm getMarking() {
    return marking;
  }
}
