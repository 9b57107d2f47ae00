package org.scrmportal.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scrmportal.access.CurrentViewer;
import org.scrmportal.community.CommunityMembership;
import org.scrmportal.community.CommunityService;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.platform.DomainException;

/** Sharing communities: the directory, creating one, invitations, requests, approvals, members. */
@Named
@RequestScoped
public class CommunitiesPage {

  @EJB CommunityService communities;

  @Inject CurrentViewer viewer;

  private String name;
  private String purpose;
  private boolean membersVisible;

  /** The organization typed into each community's invitation form, by community id. */
  private final Map<String, String> invitees = new HashMap<>();

  private String selected;

  private List<CommunityService.Listing> directory;

  public List<CommunityService.Listing> getDirectory() {
    if (directory == null) {
      directory = communities.directory();
    }
    return directory;
  }

  /** Whether the caller's organization owns {@code listing}'s community. */
  public boolean owns(CommunityService.Listing listing) {
    return viewer.get().organization() != null
        && listing.community().isOwnedBy(viewer.get().organization());
  }

  public String create() {
    return Pages.attempt(
        () -> communities.create(name, purpose, membersVisible), "Community created.");
  }

  public String requestToJoin(String id) {
    return Pages.attempt(() -> communities.requestToJoin(id), "Request sent to the owner.");
  }

  public String accept(String id) {
    return Pages.attempt(() -> communities.accept(id), "Invitation accepted: you are a member.");
  }

  public String invite(String id) {
    return Pages.attempt(
        () -> communities.invite(id, new OrganizationId(invitees.getOrDefault(id, "").strip())),
        "Invitation sent.");
  }

  public String approve(String id, String organization) {
    return Pages.attempt(
        () -> communities.approve(id, new OrganizationId(organization)), "Request approved.");
  }

  /** Members of the community, or empty with the reason shown when the caller may not see them. */
  public List<CommunityMembership> members(String id) {
    try {
      return communities.members(id);
    } catch (DomainException e) {
      return List.of();
    }
  }

  public List<CommunityMembership> pending(String id) {
    try {
      return communities.pending(id);
    } catch (DomainException | jakarta.ejb.EJBAccessException e) {
      return List.of();
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public boolean isMembersVisible() {
    return membersVisible;
  }

  public void setMembersVisible(boolean membersVisible) {
    this.membersVisible = membersVisible;
  }

  public Map<String, String> getInvitees() {
    return invitees;
  }

  public String getSelected() {
    return selected;
  }

  public void setSelected(String selected) {
    this.selected = selected;
  }
}
