package org.scrmportal.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scrmportal.identity.PortalPrincipal;
import org.scrmportal.organization.OrganizationClaims;
import org.scrmportal.organization.OrganizationService;

/** The signed-in person, for the layout and the who-am-I page. */
@Named
@RequestScoped
public class WhoAmI {

  @Inject PortalPrincipal principal;

  @Inject OrganizationService organizations;

  public PortalPrincipal getPrincipal() {
    return principal;
  }

  /** The organization as the portal records it (vetted tier), else as the token names it. */
  public OrganizationClaims getOrganization() {
    return organizations
        .recorded()
        .map(
            o ->
                new OrganizationClaims(
                    o.id(), o.name(), o.type(), o.tier(), o.sector(), o.country()))
        .or(principal::organization)
        .orElse(null);
  }

  public String getRoles() {
    return principal.roles().isEmpty()
        ? "none"
        : String.join(", ", principal.roles().stream().sorted().toList());
  }
}
