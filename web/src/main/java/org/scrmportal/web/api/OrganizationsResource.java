package org.scrmportal.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.scrmportal.organization.OrganizationService;
import org.scrmportal.platform.Roles;
import org.scrmportal.platform.TlpLevel;

/**
 * {@code /api/organizations}: every member organization for operators; one's own for its members.
 */
@Path("/organizations")
public class OrganizationsResource {

  @EJB OrganizationService organizations;

  /** What an org admin may change of their own organization. */
  public record Profile(
      @Size(min = 1, max = 64, message = "sector is 1 to 64 characters") String sector,
      @Email(message = "contactEmail must be an e-mail address") @Size(max = 254)
          String contactEmail,
      @Pattern(regexp = TlpLevel.PATTERN, message = "defaultTlp must be a TLP 2.0 level")
          String defaultTlp) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.OPERATOR)
  public List<OrganizationView> list() {
    return organizations.list().stream().map(OrganizationView::of).toList();
  }

  /** The caller's own organization, with its vetted tier and standing. */
  @GET
  @Path("mine")
  @Produces(MediaType.APPLICATION_JSON)
  public OrganizationView mine() {
    return OrganizationView.of(organizations.mine());
  }

  @PUT
  @Path("mine")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ORG_ADMIN)
  public OrganizationView updateMine(
      @NotNull(message = "a body is required") @Valid Profile profile) {
    return OrganizationView.of(
        organizations.updateProfile(
            profile.sector(),
            profile.contactEmail(),
            profile.defaultTlp() == null ? null : TlpLevel.parse(profile.defaultTlp())));
  }
}
