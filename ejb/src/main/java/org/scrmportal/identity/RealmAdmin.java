package org.scrmportal.identity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the portal asks of its Keycloak realm: organization groups, the identity providers of
 * onboarded organizations and the machine clients of their pollers. Implemented over Keycloak's
 * admin API ({@code org.scrmportal.identity.keycloak}); every call acts at once and throws {@link
 * RealmAdminException} when Keycloak refuses or cannot be reached.
 */
public interface RealmAdmin {

  /**
   * A top-level realm group named after the organization, whose attributes the realm's token
   * mappers turn into the {@code org_*} claims: an operator's word, never the user's or a
   * provider's.
   */
  record OrganizationGroup(
      String orgId, String name, String type, String tier, String sector, String country) {
    public OrganizationGroup {
      Objects.requireNonNull(orgId, "orgId");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(tier, "tier");
      Objects.requireNonNull(country, "country");
    }
  }

  /**
   * A SAML 2.0 identity provider as its (verified) metadata describes it.
   *
   * @param signingCertificates base64 DER certificates from its signing key descriptors
   * @param nameIdFormat the NameID format to ask for; null for the provider's default
   * @param orgId the organization group every user signing in through it is placed in
   * @param roles realm roles every user signing in through it receives (consumer, submitter)
   */
  record SamlProvider(
      String alias,
      String displayName,
      String entityId,
      String singleSignOnUrl,
      boolean postBinding,
      List<String> signingCertificates,
      String nameIdFormat,
      String orgId,
      Set<String> roles) {}

  /** An OpenID Connect identity provider as its discovery document describes it. */
  record OidcProvider(
      String alias,
      String displayName,
      String issuer,
      String authorizationUrl,
      String tokenUrl,
      String jwksUrl,
      String userInfoUrl,
      String clientId,
      String clientSecret,
      String orgId,
      Set<String> roles) {}

  /** A client secret as Keycloak issued it: shown once, never stored by the portal. */
  record IssuedSecret(String clientId, String secret) {}

  /** Creates the organization's group, or updates its attributes. */
  void putOrganizationGroup(OrganizationGroup group);

  /** The organization's group as an operator configured it, if there is one. */
  Optional<OrganizationGroup> organizationGroup(String orgId);

  /** Registers a SAML provider with mappers placing its users in {@code orgId}'s group. */
  void createSamlProvider(SamlProvider provider);

  /** Registers an OIDC provider with mappers placing its users in {@code orgId}'s group. */
  void createOidcProvider(OidcProvider provider);

  boolean identityProviderExists(String alias);

  void setIdentityProviderEnabled(String alias, boolean enabled);

  /** Ends every Keycloak session of the users in the organization's group. */
  void endSessions(String orgId);

  /**
   * Creates a confidential client-credentials client whose service account is in {@code orgId}'s
   * group with {@code roles}.
   */
  IssuedSecret createMachineClient(
      String clientId, String displayName, String orgId, Set<String> roles);

  IssuedSecret rotateSecret(String clientId);

  void setClientEnabled(String clientId, boolean enabled);

  void deleteClient(String clientId);

  /** Keycloak refused a change or could not be reached; nothing the portal asked was done. */
  final class RealmAdminException extends RuntimeException {
    public RealmAdminException(String message, Throwable cause) {
      super(message, cause);
    }

    public RealmAdminException(String message) {
      super(message);
    }
  }
}
