package org.scrmportal.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.scrmportal.identity.Roles;
import org.scrmportal.organization.OrganizationService;

/** {@code GET /api/organizations}: every member organization, for operators. */
@Path("/organizations")
public class OrganizationsResource {

  @EJB
  OrganizationService organizations;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.OPERATOR)
  public List<OrganizationView> list() {
    return organizations.list().stream().map(OrganizationView::of).toList();
  }
}
