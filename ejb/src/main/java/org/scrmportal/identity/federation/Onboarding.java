package org.scrmportal.identity.federation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.scrmportal.organization.Caller;
import org.scrmportal.organization.FourEyes;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.OrganizationType;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.DomainException;

/**
 * A proposal to admit an identity provider (SAML, listed by a federation; or OpenID Connect) as a
 * member organization. Four eyes by two people, as for vetting: one operator proposes, a different
 * operator (another subject; a machine client's token is refused whatever its roles) approves or
 * rejects. The federation's attributes (registration authority, assurance certifications, entity
 * categories, organization name) are recorded as they were at proposal time: what the approver is
 * shown. An OIDC client secret is kept only until the decision. The database refuses a decision by
 * the proposer's subject and a secret kept after the decision too.
 */
@Entity
@Table(name = "onboarding")
public class Onboarding {

  private static final String WHAT = "an onboarding";

  /** How the provider speaks. */
  public enum Protocol {
    SAML,
    OIDC
  }

  /** Where a proposal stands. */
  public enum Status {
    PENDING,
    APPROVED,
    REJECTED
  }

  /** What the federation's metadata said about the provider when it was proposed. */
  public record FederationAttributes(
      String registrationAuthority,
      List<String> assuranceCertifications,
      List<String> entityCategories,
      String organizationName) {
    public FederationAttributes {
      assuranceCertifications =
          assuranceCertifications == null ? List.of() : List.copyOf(assuranceCertifications);
      entityCategories = entityCategories == null ? List.of() : List.copyOf(entityCategories);
    }

    static final FederationAttributes NONE = new FederationAttributes(null, null, null, null);
  }

  /** The endpoints of an OpenID Connect provider, from its discovery document. */
  public record OidcEndpoints(
      String authorizationUrl, String tokenUrl, String jwksUrl, String userInfoUrl) {}

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(name = "protocol", nullable = false, length = 8)
  private Protocol protocol;

  @Column(name = "federation_id", length = 36)
  private String federationId;

  /** The SAML entity id, or the OIDC issuer. */
  @Column(name = "provider_id", nullable = false, length = 1024)
  private String providerId;

  @Column(name = "org_id", nullable = false, length = 63)
  private String orgId;

  @Column(name = "org_name", nullable = false, length = 256)
  private String orgName;

  @Column(name = "org_type", nullable = false, length = 32)
  private String orgType;

  @Enumerated(EnumType.STRING)
  @Column(name = "tier", nullable = false, length = 2)
  private Tier tier;

  @Column(name = "sector", length = 64)
  private String sector;

  @Column(name = "country", nullable = false, length = 2)
  private String country;

  @Column(name = "roles", nullable = false, length = 64)
  private String roles;

  @Column(name = "reason", nullable = false, length = 1000)
  private String reason;

  @Column(name = "registration_authority", length = 1024)
  private String registrationAuthority;

  @Column(name = "assurance_certifications", length = 8000)
  private String assuranceCertifications;

  @Column(name = "entity_categories", length = 8000)
  private String entityCategories;

  @Column(name = "federation_org_name", length = 1024)
  private String federationOrganizationName;

  @Column(name = "authorization_url", length = 2048)
  private String authorizationUrl;

  @Column(name = "token_url", length = 2048)
  private String tokenUrl;

  @Column(name = "jwks_url", length = 2048)
  private String jwksUrl;

  @Column(name = "userinfo_url", length = 2048)
  private String userInfoUrl;

  @Column(name = "client_id", length = 256)
  private String clientId;

  @Column(name = "client_secret", length = 1024)
  private String clientSecret;

  @Column(name = "proposed_by", nullable = false, length = 256)
  private String proposedBy;

  @Column(name = "proposed_by_sub", nullable = false, length = 256)
  private String proposedBySubject;

  @Column(name = "proposed_at", nullable = false)
  private Instant proposedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private Status status;

  @Column(name = "decided_by", length = 256)
  private String decidedBy;

  @Column(name = "decided_by_sub", length = 256)
  private String decidedBySubject;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "alias", length = 80)
  private String alias;

  protected Onboarding() {}

  private Onboarding(
      Protocol protocol,
      String federationId,
      String providerId,
      Admission admission,
      String reason,
      FederationAttributes attributes,
      Caller proposer,
      Instant at) {
    String subject = FourEyes.person(proposer, "propose", WHAT);
    if (reason == null || reason.isBlank() || reason.length() > 1000) {
      throw new DomainException(
          DomainException.Kind.INVALID, "A proposal needs a reason (at most 1000 characters)");
    }
    if (providerId == null || providerId.isBlank() || providerId.length() > 1024) {
      throw new DomainException(
          DomainException.Kind.INVALID, "An entity id or issuer of at most 1024 characters");
    }
    this.id = UUID.randomUUID().toString();
    this.protocol = protocol;
    this.federationId = federationId;
    this.providerId = providerId;
    this.orgId = admission.id().value();
    this.orgName = admission.name();
    this.orgType = admission.type().claim();
    this.tier = admission.tier();
    this.sector = admission.sector();
    this.country = admission.country();
    this.roles = String.join(",", new TreeSet<>(admission.roles()));
    this.reason = reason;
    this.registrationAuthority = cut(attributes.registrationAuthority(), 1024);
    this.assuranceCertifications = joined(attributes.assuranceCertifications());
    this.entityCategories = joined(attributes.entityCategories());
    this.federationOrganizationName = cut(attributes.organizationName(), 1024);
    this.proposedBy = proposer.username();
    this.proposedBySubject = subject;
    this.proposedAt = Objects.requireNonNull(at, "at");
    this.status = Status.PENDING;
  }

  /** A proposal to admit a provider listed by {@code federation}, with its listed attributes. */
  static Onboarding saml(
      Federation federation,
      ListedIdentityProvider listed,
      Admission admission,
      String reason,
      Caller proposer,
      Instant at) {
    return new Onboarding(
        Protocol.SAML,
        federation.id(),
        listed.entityId(),
        admission,
        reason,
        new FederationAttributes(
            listed.registrationAuthority().orElse(null),
            listed.assuranceCertifications(),
            listed.entityCategories(),
            listed.organizationName().orElse(null)),
        proposer,
        at);
  }

  /** A proposal to admit an OpenID Connect provider with the client the portal was given. */
  static Onboarding oidc(
      String issuer,
      OidcEndpoints endpoints,
      String clientId,
      String clientSecret,
      Admission admission,
      String reason,
      Caller proposer,
      Instant at) {
    if (clientId == null || clientId.isBlank() || clientId.length() > 256) {
      throw new DomainException(
          DomainException.Kind.INVALID,
          "An OIDC provider needs the client id (1 to 256 characters)");
    }
    if (clientSecret == null || clientSecret.isEmpty() || clientSecret.length() > 1024) {
      throw new DomainException(
          DomainException.Kind.INVALID,
          "An OIDC provider needs the client secret (1 to 1024 characters)");
    }
    Onboarding o =
        new Onboarding(
            Protocol.OIDC,
            null,
            issuer,
            admission,
            reason,
            FederationAttributes.NONE,
            proposer,
            at);
    o.authorizationUrl = endpoints.authorizationUrl();
    o.tokenUrl = endpoints.tokenUrl();
    o.jwksUrl = endpoints.jwksUrl();
    o.userInfoUrl = endpoints.userInfoUrl();
    o.clientId = clientId;
    o.clientSecret = clientSecret;
    return o;
  }

  /** The Keycloak alias of the provider this proposal registers. */
  String aliasToRegister() {
    return (protocol == Protocol.SAML ? "fed-" : "oidc-") + orgId;
  }

  /**
   * Records the approval by {@code operator} (never the proposer; a person) and the alias
   * registered; the client secret is dropped.
   */
  void approve(Caller operator, Instant at) {
    decide(operator, at, Status.APPROVED);
    this.alias = aliasToRegister();
  }

  void reject(Caller operator, Instant at) {
    decide(operator, at, Status.REJECTED);
  }

  /** Checks that {@code operator} may decide this proposal now, without deciding it. */
  void checkDecidableBy(Caller operator) {
    String subject = FourEyes.person(operator, "decide", WHAT);
    if (status != Status.PENDING) {
      throw new DomainException(DomainException.Kind.CONFLICT, "The proposal is already " + status);
    }
    FourEyes.notByProposer(proposedBySubject.equals(subject), WHAT);
  }

  private void decide(Caller operator, Instant at, Status outcome) {
    checkDecidableBy(operator);
    this.status = outcome;
    this.decidedBy = operator.username();
    this.decidedBySubject = operator.subject().orElseThrow();
    this.decidedAt = Objects.requireNonNull(at, "at");
    this.clientSecret = null;
  }

  private static String joined(List<String> values) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    String joined = String.join("\n", values);
    return cut(joined, 8000);
  }

  private static List<String> split(String joined) {
    return joined == null ? List.of() : List.of(joined.split("\n"));
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  public String id() {
    return id;
  }

  public Protocol protocol() {
    return protocol;
  }

  /** The federation that listed the provider (SAML); empty for OIDC. */
  public Optional<String> federationId() {
    return Optional.ofNullable(federationId);
  }

  /** The SAML entity id or the OIDC issuer. */
  public String providerId() {
    return providerId;
  }

  /** The SAML entity id; empty for OIDC. */
  public Optional<String> entityId() {
    return protocol == Protocol.SAML ? Optional.of(providerId) : Optional.empty();
  }

  /** The OIDC issuer; empty for SAML. */
  public Optional<String> issuer() {
    return protocol == Protocol.OIDC ? Optional.of(providerId) : Optional.empty();
  }

  public OrganizationId organization() {
    return new OrganizationId(orgId);
  }

  /** The organization as proposed: what approval registers. */
  public Admission admission() {
    return new Admission(
        new OrganizationId(orgId),
        orgName,
        OrganizationType.fromClaim(orgType),
        tier,
        sector,
        country,
        roles());
  }

  public Set<String> roles() {
    return Set.copyOf(Arrays.asList(roles.split(",")));
  }

  public String reason() {
    return reason;
  }

  /** The federation's attributes of the provider as recorded when it was proposed. */
  public FederationAttributes federationAttributes() {
    return new FederationAttributes(
        registrationAuthority,
        split(assuranceCertifications),
        split(entityCategories),
        federationOrganizationName);
  }

  /** The OIDC provider's endpoints from its discovery document; empty for SAML. */
  public Optional<OidcEndpoints> oidcEndpoints() {
    return protocol == Protocol.OIDC
        ? Optional.of(new OidcEndpoints(authorizationUrl, tokenUrl, jwksUrl, userInfoUrl))
        : Optional.empty();
  }

  /** The client id the portal uses at the OIDC provider; empty for SAML. */
  public Optional<String> clientId() {
    return Optional.ofNullable(clientId);
  }

  /** The OIDC client secret; only while the proposal is pending, never after the decision. */
  Optional<String> clientSecret() {
    return Optional.ofNullable(clientSecret);
  }

  public String proposedBy() {
    return proposedBy;
  }

  public String proposedBySubject() {
    return proposedBySubject;
  }

  public Instant proposedAt() {
    return proposedAt;
  }

  public Status status() {
    return status;
  }

  public Optional<String> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  public Optional<String> decidedBySubject() {
    return Optional.ofNullable(decidedBySubject);
  }

  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  /** The Keycloak alias of the provider registered at approval; empty before. */
  public Optional<String> alias() {
    return Optional.ofNullable(alias);
  }
}
