package org.scrmportal.web.api;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.scrmportal.community.Community;
import org.scrmportal.community.CommunityMembership;
import org.scrmportal.community.CommunityService;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.platform.DomainException;

/** {@code /api/communities}: ISO/IEC 27010 sharing communities and their memberships. */
@Path("/communities")
@Produces(MediaType.APPLICATION_JSON)
public class CommunitiesResource {

  /** A new community. */
  public record NewCommunity(
      @NotBlank(message = "name is required")
          @Size(max = 200, message = "name is at most 200 characters")
          String name,
      @NotBlank(message = "purpose is required")
          @Size(max = 2000, message = "purpose is at most 2000 characters")
          String purpose,
      boolean membersVisible) {}

  /** An invitation of an organization. */
  public record Invitation(@NotBlank(message = "organization is required") String organization) {}

  /** A community in the directory, with where the caller's organization stands. */
  public record CommunityView(
      String id,
      String name,
      String purpose,
      String owner,
      boolean membersVisible,
      Instant created,
      String myMembership) {

    static CommunityView of(Community c, CommunityMembership.State state) {
      return new CommunityView(
          c.id(),
          c.name(),
          c.purpose(),
          c.owner().value(),
          c.membersVisible(),
          c.created(),
          state == null ? null : state.name());
    }
  }

  /** An organization's place in a community. */
  public record MembershipView(String community, String organization, String state, Instant since) {
    static MembershipView of(CommunityMembership m) {
      return new MembershipView(
          m.community(), m.organization().value(), m.state().name(), m.since());
    }
  }

  @EJB CommunityService communities;

  @GET
  public List<CommunityView> directory() {
    return communities.directory().stream()
        .map(l -> CommunityView.of(l.community(), l.myState()))
        .toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@NotNull(message = "a body is required") @Valid NewCommunity community) {
    Community created =
        communities.create(community.name(), community.purpose(), community.membersVisible());
    return Response.created(URI.create("communities/" + created.id()))
        .entity(CommunityView.of(created, CommunityMembership.State.MEMBER))
        .build();
  }

  @GET
  @Path("{id}/members")
  public List<MembershipView> members(@PathParam("id") String id) {
    return communities.members(id).stream().map(MembershipView::of).toList();
  }

  @GET
  @Path("{id}/pending")
  public List<MembershipView> pending(@PathParam("id") String id) {
    return communities.pending(id).stream().map(MembershipView::of).toList();
  }

  @POST
  @Path("{id}/invitations")
  @Consumes(MediaType.APPLICATION_JSON)
  public MembershipView invite(
      @PathParam("id") String id,
      @NotNull(message = "a body is required") @Valid Invitation invitation) {
    return MembershipView.of(communities.invite(id, organizationId(invitation.organization())));
  }

  @POST
  @Path("{id}/invitations/accept")
  public MembershipView accept(@PathParam("id") String id) {
    return MembershipView.of(communities.accept(id));
  }

  @POST
  @Path("{id}/join-requests")
  public MembershipView requestToJoin(@PathParam("id") String id) {
    return MembershipView.of(communities.requestToJoin(id));
  }

  @POST
  @Path("{id}/join-requests/{organization}/approve")
  public MembershipView approve(
      @PathParam("id") String id, @PathParam("organization") String organization) {
    return MembershipView.of(communities.approve(id, organizationId(organization)));
  }

  static OrganizationId organizationId(String value) {
    try {
      return new OrganizationId(value);
    } catch (IllegalArgumentException e) {
      throw new DomainException(DomainException.Kind.INVALID, e.getMessage());
    }
  }
}
