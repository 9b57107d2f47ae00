package org.scrmportal.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.scrmportal.identity.PortalPrincipal;
import org.scrmportal.organization.OrganizationService;
import org.scrmportal.platform.Roles;

/**
 * {@code GET /api/me}: the caller as the portal sees it (the organization's vetted tier and
 * standing as recorded, not as the token claims them). Any portal role; none is 403.
 */
@Path("/me")
public class MeResource {

  @Inject PortalPrincipal principal;

  @Inject OrganizationService organizations;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({
    Roles.SUBMITTER,
    Roles.CONSUMER,
    Roles.ANALYST,
    Roles.STANDARDS_EDITOR,
    Roles.ORG_ADMIN,
    Roles.OPERATOR
  })
  public PrincipalView me() {
    return PrincipalView.of(principal, organizations.recorded());
  }
}
