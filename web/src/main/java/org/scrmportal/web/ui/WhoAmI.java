package org.scrmportal.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scrmportal.identity.PortalPrincipal;
import org.scrmportal.organization.OrganizationClaims;

/** The signed-in person, for the layout and the who-am-I page. */
@Named
@RequestScoped
public class WhoAmI {

  @Inject PortalPrincipal principal;

  public PortalPrincipal getPrincipal() {
    return principal;
  }

  public OrganizationClaims getOrganization() {
    return principal.organization().orElse(null);
  }

  public String getRoles() {
    return principal.roles().isEmpty()
        ? "none"
        : String.join(", ", principal.roles().stream().sorted().toList());
  }
}
