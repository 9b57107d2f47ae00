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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.scrmportal.identity.federation.Admission;
import org.scrmportal.identity.federation.Onboarding;
import org.scrmportal.identity.federation.Onboardings;
import org.scrmportal.organization.OrganizationType;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.Roles;

/**
 * {@code /api/onboarding}: proposals to admit an identity provider (a SAML provider listed by a
 * registered federation, or an OpenID Connect provider) as a new organization, decided by a second
 * operator (four eyes). Approval registers the provider in the Keycloak realm; when Keycloak
 * refuses, nothing is done and the answer is 502. Operators only.
 */
@Path("/onboarding")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class OnboardingResource {

  /** The organization a provider's users will belong to, as the operator admits it. */
  public record OrganizationRequest(
      @NotBlank(message = "organization.id is required") String id,
      @NotBlank(message = "organization.name is required")
          @Size(max = 256, message = "organization.name is at most 256 characters")
          String name,
      @NotBlank(message = "organization.type is required")
          @Pattern(
              regexp = "company|agency|standards-body|operator",
              message = "organization.type must be company, agency, standards-body or operator")
          String type,
      @NotBlank(message = "organization.tier is required")
          @Pattern(regexp = "T[0-3]", message = "organization.tier must be T0, T1, T2 or T3")
          String tier,
      @Size(max = 64, message = "organization.sector is at most 64 characters") String sector,
      @NotBlank(message = "organization.country is required")
          @Pattern(
              regexp = "[A-Z]{2}",
              message = "organization.country is an ISO 3166-1 alpha-2 code")
          String country) {}

  /**
   * A proposal. SAML: {@code federation} and {@code entityId} of a listed provider. OIDC: {@code
   * issuer} (or its discovery address), {@code clientId} and {@code clientSecret} the provider
   * issued to the portal's broker, and optionally {@code discovery}, the discovery document as
   * text, where the portal cannot fetch it.
   */
  public record NewOnboarding(
      @NotNull(message = "protocol is required")
          @Pattern(regexp = "(?i)saml|oidc", message = "protocol must be saml or oidc")
          String protocol,
      @Size(max = 100) String federation,
      @Size(max = 1024, message = "entityId is at most 1024 characters") String entityId,
      @Size(max = 1024, message = "issuer is at most 1024 characters") String issuer,
      @Size(max = 262_144, message = "discovery is at most 256 KiB") String discovery,
      @Size(max = 255, message = "clientId is at most 255 characters") String clientId,
      @Size(max = 1024, message = "clientSecret is at most 1024 characters") String clientSecret,
      @NotNull(message = "organization is required") @Valid OrganizationRequest organization,
      @Size(max = 2, message = "roles are at most consumer and submitter") List<String> roles,
      @NotBlank(message = "reason is required")
          @Size(max = 1000, message = "reason is at most 1000 characters")
          String reason) {

    /**
     * The organization to admit, with the roles its users get (the service: consumer when none).
     */
    Admission admission() {
      Set<String> granted = roles == null ? Set.of() : new LinkedHashSet<>(roles);
      return new Admission(
          CommunitiesResource.organizationId(organization.id()),
          organization.name().strip(),
          OrganizationType.fromClaim(organization.type()),
          Tier.fromClaim(organization.tier()),
          organization.sector() == null || organization.sector().isBlank()
              ? null
              : organization.sector().strip(),
          organization.country(),
          granted);
    }

    boolean saml() {
      return protocol.toLowerCase(Locale.ROOT).equals("saml");
    }
  }

  /** The organization a proposal would admit. */
  public record OrganizationProposed(
      String id, String name, String type, String tier, String sector, String country) {}

  /** What the federation's metadata said of the provider when it was proposed. */
  public record FederationAttributes(
      String registrationAuthority,
      List<String> assuranceCertifications,
      List<String> entityCategories,
      String organizationName) {}

  /** A proposal and what became of it. */
  public record OnboardingView(
      String id,
      String protocol,
      String federation,
      String entityId,
      String issuer,
      OrganizationProposed organization,
      List<String> roles,
      FederationAttributes federationAttributes,
      String reason,
      String status,
      String proposedBy,
      Instant proposedAt,
      String decidedBy,
      Instant decidedAt,
      String alias) {

    static OnboardingView of(Onboarding o) {
      Admission a = o.admission();
      Onboarding.FederationAttributes attributes = o.federationAttributes();
      return new OnboardingView(
          o.id(),
          o.protocol().name().toLowerCase(Locale.ROOT),
          o.federationId().orElse(null),
          o.entityId().orElse(null),
          o.issuer().orElse(null),
          new OrganizationProposed(
              a.id().value(), a.name(), a.type().claim(), a.tier().name(), a.sector(), a.country()),
          a.roles().stream().sorted().toList(),
          new FederationAttributes(
              attributes.registrationAuthority(),
              attributes.assuranceCertifications(),
              attributes.entityCategories(),
              attributes.organizationName()),
          o.reason(),
          o.status().name(),
          o.proposedBy(),
          o.proposedAt(),
          o.decidedBy().orElse(null),
          o.decidedAt().orElse(null),
          o.alias().orElse(null));
    }
  }

  @EJB Onboardings onboardings;

  @GET
  public List<OnboardingView> list(@QueryParam("status") @DefaultValue("PENDING") String status) {
    Onboarding.Status wanted;
    try {
      wanted = Onboarding.Status.valueOf(status);
    } catch (IllegalArgumentException e) {
      throw new DomainException(
          DomainException.Kind.INVALID, "status must be PENDING, APPROVED or REJECTED");
    }
    return onboardings.list(wanted).stream().map(OnboardingView::of).toList();
  }

  @GET
  @Path("{id}")
  public OnboardingView get(@PathParam("id") String id) {
    return OnboardingView.of(onboardings.find(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response propose(
      @NotNull(message = "a body is required") @Valid NewOnboarding proposal,
      @Context UriInfo uri) {
    Onboarding created = propose(onboardings, proposal);
    return Response.created(uri.getBaseUriBuilder().path("onboarding/{id}").build(created.id()))
        .entity(OnboardingView.of(created))
        .build();
  }

  /** Hands a proposal to the service the protocol names; what is missing is INVALID (400). */
  static Onboarding propose(Onboardings onboardings, NewOnboarding proposal) {
    Admission admission = proposal.admission();
    if (proposal.saml()) {
      require(proposal.federation(), "federation is required for a SAML provider");
      require(proposal.entityId(), "entityId is required for a SAML provider");
      return onboardings.proposeSaml(
          proposal.federation().strip(), proposal.entityId().strip(), admission, proposal.reason());
    }
    require(proposal.issuer(), "issuer is required for an OpenID Connect provider");
    require(proposal.clientId(), "clientId is required for an OpenID Connect provider");
    require(proposal.clientSecret(), "clientSecret is required for an OpenID Connect provider");
    return onboardings.proposeOidc(
        issuer(proposal.issuer().strip()),
        proposal.discovery() == null || proposal.discovery().isBlank()
            ? null
            : proposal.discovery().getBytes(StandardCharsets.UTF_8),
        proposal.clientId().strip(),
        proposal.clientSecret(),
        admission,
        proposal.reason());
  }

  @POST
  @Path("{id}/approve")
  public OnboardingView approve(@PathParam("id") String id) {
    return OnboardingView.of(onboardings.approve(id));
  }

  @POST
  @Path("{id}/reject")
  public OnboardingView reject(@PathParam("id") String id) {
    return OnboardingView.of(onboardings.reject(id));
  }

  private static void require(String value, String message) {
    if (value == null || value.isBlank()) {
      throw new DomainException(DomainException.Kind.INVALID, message);
    }
  }

  static URI issuer(String text) {
    try {
      URI uri = new URI(text);
      if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())
          || uri.getHost() == null) {
        throw new DomainException(
            DomainException.Kind.INVALID, "issuer must be an http(s) address");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new DomainException(DomainException.Kind.INVALID, "issuer is not an address");
    }
  }
}
