package org.scrmportal.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scrmportal.identity.PortalPrincipal;
import org.scrmportal.organization.Organization;
import org.scrmportal.organization.OrganizationService;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.Roles;

/** My organization: its vetted standing, and the profile its org admins keep. */
@Named
@RequestScoped
public class MyOrganizationPage {

  @EJB OrganizationService organizations;

  @Inject PortalPrincipal principal;

  private Organization organization;
  private String sector;
  private String contactEmail;

  @PostConstruct
  void load() {
    try {
      organization = organizations.mine();
      sector = organization.sector();
      contactEmail = organization.contactEmail();
    } catch (DomainException e) {
      organization = null;
    }
  }

  public String save() {
    return Pages.attempt(
        () ->
            organizations.updateProfile(
                Pages.blankToNull(sector), Pages.blankToNull(contactEmail), null),
        "Profile saved.");
  }

  public Organization getOrganization() {
    return organization;
  }

  public boolean isAdmin() {
    return principal.hasRole(Roles.ORG_ADMIN);
  }

  public String getSector() {
    return sector;
  }

  public void setSector(String sector) {
    this.sector = sector;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }
}
