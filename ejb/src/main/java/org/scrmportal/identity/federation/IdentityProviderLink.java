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
    this.alias = approved.alias().orElseThrow();
    this.orgId = approved.organization().value();
    this.protocol = approved.protocol();
    this.providerId = approved.providerId();
    this.federationId = approved.federationId().orElse(null);
    this.onboardingId = approved.id();
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
