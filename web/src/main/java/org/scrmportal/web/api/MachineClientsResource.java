package org.scrmportal.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import org.scrmportal.identity.MachineClient;
import org.scrmportal.identity.MachineClients;
import org.scrmportal.platform.Roles;

/**
 * {@code /api/machine-clients}: client-credentials clients of an organization's pollers. An org
 * admin creates one (its secret is in the answer, once: the portal does not keep it), rotates its
 * secret, revokes it; operators list and revoke. Who may do what to which client is the service's
 * decision. Answers carrying a secret are never cached.
 */
@Path("/machine-clients")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ORG_ADMIN, Roles.OPERATOR})
public class MachineClientsResource {

  /** A new client: {@code name} (client id {@code <orgId>-<name>}) and its roles. */
  public record NewMachineClient(
      @NotBlank(message = "name is required")
          @Size(max = 40, message = "name is at most 40 characters")
          String name,
      @Size(max = 2, message = "roles are at most consumer and submitter") List<String> roles) {}

  /** A client; {@code revokedAt} set once it is revoked. */
  public record MachineClientView(
      String clientId,
      String organization,
      String name,
      List<String> roles,
      String createdBy,
      Instant createdAt,
      Instant rotatedAt,
      Instant revokedAt) {

    static MachineClientView of(MachineClient c) {
      return new MachineClientView(
          c.clientId(),
          c.organization().value(),
          c.name(),
          c.roles().stream().sorted().toList(),
          c.createdBy(),
          c.createdAt(),
          c.rotatedAt().orElse(null),
          c.revokedAt().orElse(null));
    }
  }

  /** A client with its secret, as issued: shown this once. */
  public record IssuedView(
      String clientId,
      String secret,
      String organization,
      String name,
      List<String> roles,
      Instant createdAt) {

    static IssuedView of(MachineClients.Issued issued) {
      MachineClientView c = MachineClientView.of(issued.client());
      return new IssuedView(
          c.clientId(), issued.secret(), c.organization(), c.name(), c.roles(), c.createdAt());
    }
  }

  /** A rotated secret: the old one no longer works. */
  public record SecretView(String clientId, String secret) {}

  @EJB MachineClients clients;

  @GET
  public List<MachineClientView> list() {
    return clients.mine().stream().map(MachineClientView::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@NotNull(message = "a body is required") @Valid NewMachineClient client) {
    MachineClients.Issued issued =
        clients.register(
            client.name().strip(),
            client.roles() == null ? null : new LinkedHashSet<>(client.roles()));
    return Response.status(Response.Status.CREATED)
        .cacheControl(noStore())
        .entity(IssuedView.of(issued))
        .build();
  }

  @POST
  @Path("{clientId}/secret")
  public Response rotate(@PathParam("clientId") String clientId) {
    MachineClients.Issued issued = clients.rotate(clientId);
    return Response.ok(new SecretView(issued.client().clientId(), issued.secret()))
        .cacheControl(noStore())
        .build();
  }

  @DELETE
  @Path("{clientId}")
  public Response revoke(@PathParam("clientId") String clientId) {
    clients.revoke(clientId);
    return Response.noContent().build();
  }

  private static CacheControl noStore() {
    CacheControl cache = new CacheControl();
    cache.setNoStore(true);
    cache.setNoCache(true);
    return cache;
  }
}
