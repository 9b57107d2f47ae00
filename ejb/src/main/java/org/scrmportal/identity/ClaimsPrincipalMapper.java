package org.scrmportal.identity;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.scrmportal.organization.OrganizationClaims;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.OrganizationType;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.Roles;

/**
 * Turns the claims of a verified access token into a {@link PortalPrincipal}.
 *
 * <p>Only the claims the realm's mappers write are read: roles from {@code realm_access.roles} (a
 * top-level {@code roles} claim or another client's roles are ignored), and the organization from
 * {@code org_id}, {@code org_name}, {@code org_type}, {@code org_tier}, {@code sector} and {@code
 * country}. A claim of the wrong shape, an unknown organization type or tier, a country that is not
 * ISO 3166-1 alpha-2, or organization claims without {@code org_id} make the whole token invalid: a
 * half-understood identity is never used. The {@code org_tier} claim decides nothing: an
 * organization's tier is the portal's record (T0 at first sight unless an operator's realm group
 * says otherwise, then vetting).
 *
 * <p>A token is a machine client's own (client credentials, a Keycloak service account) when it
 * carries the {@code client_id} claim, which the realm's {@code service_account} client scope
 * writes into client-credentials tokens only, or when its {@code preferred_username} is Keycloak's
 * name for a service-account user, {@code service-account-<client id>}. Either sign is enough:
 * taking a person for a machine only costs that person the decisions reserved to people.
 */
public final class ClaimsPrincipalMapper {

  /** Keycloak names the user behind a client's service account this prefix and the client id. */
  static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

  public PortalPrincipal fromClaims(Map<String, ?> claims) {
    String subject = requiredString(claims, "sub");
    String username = requiredString(claims, "preferred_username");
    String displayName = optionalString(claims, "name");
    boolean serviceAccount =
        optionalString(claims, "client_id") != null || username.startsWith(SERVICE_ACCOUNT_PREFIX);
    return new PortalPrincipal(
        subject,
        username,
        displayName == null ? username : displayName,
        serviceAccount,
        organization(claims),
        roles(claims));
  }

  private static OrganizationClaims organization(Map<String, ?> claims) {
    String id = optionalString(claims, "org_id");
    if (id == null) {
      for (String name : new String[] {"org_type", "org_tier", "org_name", "sector", "country"}) {
        if (claims.containsKey(name)) {
          throw new InvalidClaimsException("Claim " + name + " without org_id");
        }
      }
      return null;
    }
    try {
      OrganizationId orgId = new OrganizationId(id);
      String name = optionalString(claims, "org_name");
      return new OrganizationClaims(
          orgId,
          name == null ? id : name,
          OrganizationType.fromClaim(requiredString(claims, "org_type")),
          Tier.fromClaim(requiredString(claims, "org_tier")),
          optionalString(claims, "sector"),
          requiredString(claims, "country"));
    } catch (IllegalArgumentException e) {
      throw new InvalidClaimsException("Invalid organization claims: " + e.getMessage());
    }
  }

  private static Set<String> roles(Map<String, ?> claims) {
    Object realmAccess = claims.get("realm_access");
    if (realmAccess == null) {
      return Set.of();
    }
    if (!(realmAccess instanceof Map<?, ?> access)
        || !(access.get("roles") instanceof Collection<?> roles)) {
      throw new InvalidClaimsException("Claim realm_access.roles is not a list");
    }
    Set<String> known = new LinkedHashSet<>();
    for (Object role : roles) {
      if (!(role instanceof String name)) {
        throw new InvalidClaimsException("Claim realm_access.roles holds a non-string");
      }
      if (Roles.ALL.contains(name)) {
        known.add(name);
      }
    }
    return known;
  }

  private static String requiredString(Map<String, ?> claims, String name) {
    String value = optionalString(claims, name);
    if (value == null) {
      throw new InvalidClaimsException("Missing claim " + name);
    }
    return value;
  }

  private static String optionalString(Map<String, ?> claims, String name) {
    Object value = claims.get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String s)) {
      throw new InvalidClaimsException("Claim " + name + " is not a string");
    }
    if (s.isBlank() || s.length() > 256) {
      throw new InvalidClaimsException("Claim " + name + " is blank or too long");
    }
    return s;
  }
}
