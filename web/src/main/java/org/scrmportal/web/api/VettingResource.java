package org.scrmportal.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.scrmportal.organization.Tier;
import org.scrmportal.organization.VettingProposal;
import org.scrmportal.organization.VettingService;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.Roles;

/**
 * {@code /api/vetting/proposals}: tier changes and suspensions, proposed and approved by two
 * operators.
 */
@Path("/vetting/proposals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class VettingResource {

  /** A proposal: {@code action} SET_TIER (with {@code tier}), SUSPEND or REINSTATE. */
  public record NewProposal(
      @NotBlank(message = "organization is required") String organization,
      @NotNull(message = "action is required")
          @Pattern(
              regexp = "SET_TIER|SUSPEND|REINSTATE",
              message = "action must be SET_TIER, SUSPEND or REINSTATE")
          String action,
      @Pattern(regexp = "T[0-3]", message = "tier must be T0, T1, T2 or T3") String tier,
      @NotBlank(message = "reason is required")
          @Size(max = 1000, message = "reason is at most 1000 characters")
          String reason) {}

  /** A proposal and what became of it. */
  public record ProposalView(
      String id,
      String organization,
      String action,
      String tier,
      String reason,
      String proposedBy,
      Instant proposedAt,
      String status,
      String decidedBy,
      Instant decidedAt) {

    static ProposalView of(VettingProposal p) {
      return new ProposalView(
          p.id(),
          p.organization().value(),
          p.action().name(),
          p.tier().map(Tier::name).orElse(null),
          p.reason(),
          p.proposedBy(),
          p.proposedAt(),
          p.status().name(),
          p.decidedBy().orElse(null),
          p.decidedAt().orElse(null));
    }
  }

  @EJB VettingService vetting;

  @GET
  public List<ProposalView> list(@QueryParam("status") @DefaultValue("PENDING") String status) {
    VettingProposal.Status wanted;
    try {
      wanted = VettingProposal.Status.valueOf(status);
    } catch (IllegalArgumentException e) {
      throw new DomainException(
          DomainException.Kind.INVALID, "status must be PENDING, APPROVED or REJECTED");
    }
    return vetting.proposals(wanted).stream().map(ProposalView::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response propose(@NotNull(message = "a body is required") @Valid NewProposal proposal) {
    VettingProposal created =
        vetting.propose(
            CommunitiesResource.organizationId(proposal.organization()),
            VettingProposal.Action.valueOf(proposal.action()),
            proposal.tier() == null ? null : Tier.fromClaim(proposal.tier()),
            proposal.reason());
    return Response.created(URI.create("vetting/proposals/" + created.id()))
        .entity(ProposalView.of(created))
        .build();
  }

  @POST
  @Path("{id}/approve")
  public ProposalView approve(@PathParam("id") String id) {
    return ProposalView.of(vetting.approve(id));
  }

  @POST
  @Path("{id}/reject")
  public ProposalView reject(@PathParam("id") String id) {
    return ProposalView.of(vetting.reject(id));
  }
}
