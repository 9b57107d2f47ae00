package org.scrmportal.identity.federation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.scrmportal.organization.OrganizationId;

/**
 * An identity provider the portal registered in its Keycloak realm for an admitted organization
 * (alias {@code fed-<orgId>} for SAML, {@code oidc-<orgId>} for OIDC); disabled while the
 * organization is suspended.
 */
@Entity
@Table(name = "identity_provider_link")
public class IdentityProviderLink {

  @Id
  @Column(name = "alias", length = 80)
  private String alias;

  @Column(name = "org_id", nullable = false, length = 63)
  private String orgId;

  @Enumerated(EnumType.STRING)
  @Column(name = "protocol", nullable = false, length = 8)
  private Onboarding.Protocol protocol;

  @Column(name = "provider_id", nullable = false, length = 1024)
  private String providerId;

  @Column(name = "federation_id", length = 36)
  private String federationId;

  @Column(name = "onboarding_id", nullable = false, length = 36)
  private String onboardingId;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected IdentityProviderLink() {}

  /** The link an approved onboarding registers. */
  IdentityProviderLink(Onboarding approved, Instant at) {
    this(
        approved.alias().orElseThrow(),
        approved.organization(),
        approved.protocol(),
        approved.providerId(),
        approved.federationId().orElse(null),
        approved.id(),
        at);
  }

  IdentityProviderLink(
      String alias,
      OrganizationId organization,
      Onboarding.Protocol protocol,
      String providerId,
      String federationId,
      String onboardingId,
      Instant at) {
    this.alias = Objects.requireNonNull(alias, "alias");
    this.orgId = organization.value();
    this.protocol = Objects.requireNonNull(protocol, "protocol");
    this.providerId = Objects.requireNonNull(providerId, "providerId");
    this.federationId = federationId;
    this.onboardingId = Objects.requireNonNull(onboardingId, "onboardingId");
    this.enabled = true;
    this.createdAt = Objects.requireNonNull(at, "at");
  }

  void enabled(boolean value) {
    this.enabled = value;
  }

  public String alias() {
    return alias;
  }

  public OrganizationId organization() {
    return new OrganizationId(orgId);
  }

  public Onboarding.Protocol protocol() {
    return protocol;
  }

  /** The SAML entity id or the OIDC issuer. */
  public String providerId() {
    return providerId;
  }

  public Optional<String> federationId() {
    return Optional.ofNullable(federationId);
  }

  public String onboardingId() {
    return onboardingId;
  }

  public boolean enabled() {
    return enabled;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
