package org.scrmportal.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.scrmportal.organization.Organization;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.OrganizationService;
import org.scrmportal.organization.Tier;
import org.scrmportal.organization.VettingProposal;
import org.scrmportal.organization.VettingService;

/** The operators' vetting queue: every organization, proposals waiting for a second operator. */
@Named
@RequestScoped
public class VettingPage {

  @EJB VettingService vetting;

  @EJB OrganizationService organizations;

  private String organization;
  private String action = "SET_TIER";
  private String tier = "T1";
  private String reason;

  private List<Organization> organizationList;
  private List<VettingProposal> pending;

  public List<Organization> getOrganizations() {
    if (organizationList == null) {
      organizationList = organizations.list();
    }
    return organizationList;
  }

  public List<VettingProposal> getPending() {
    if (pending == null) {
      pending = vetting.proposals(VettingProposal.Status.PENDING);
    }
    return pending;
  }

  public List<VettingProposal> getDecided() {
    List<VettingProposal> approved = vetting.proposals(VettingProposal.Status.APPROVED);
    List<VettingProposal> rejected = vetting.proposals(VettingProposal.Status.REJECTED);
    return java.util.stream.Stream.concat(approved.stream(), rejected.stream())
        .sorted(java.util.Comparator.comparing(VettingProposal::proposedAt).reversed())
        .limit(50)
        .toList();
  }

  public String propose() {
    VettingProposal.Action chosen = VettingProposal.Action.valueOf(action);
    return Pages.attempt(
        () ->
            vetting.propose(
                new OrganizationId(organization),
                chosen,
                chosen == VettingProposal.Action.SET_TIER ? Tier.fromClaim(tier) : null,
                reason),
        "Proposed. Another operator must approve it.");
  }

  public String approve(String id) {
    return Pages.attempt(() -> vetting.approve(id), "Approved and applied.");
  }

  public String reject(String id) {
    return Pages.attempt(() -> vetting.reject(id), "Rejected.");
  }

  public String getOrganization() {
    return organization;
  }

  public void setOrganization(String organization) {
    this.organization = organization;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getTier() {
    return tier;
  }

  public void setTier(String tier) {
    this.tier = tier;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
