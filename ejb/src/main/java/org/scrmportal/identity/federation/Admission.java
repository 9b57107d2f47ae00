package org.scrmportal.identity.federation;

import java.util.Objects;
import java.util.Set;
import org.scrmportal.organization.OrganizationClaims;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.OrganizationType;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.Roles;

/**
 * The organization an onboarding proposes to admit, as the operators decide it (never as the
 * identity provider says): its id, name, type, tier, sector, country, and the realm roles its users
 * receive (a subset of consumer and submitter; consumer when none are given).
 */
public record Admission(
    OrganizationId id,
    String name,
    OrganizationType type,
    Tier tier,
    String sector,
    String country,
    Set<String> roles) {

  /** The roles an onboarded provider's users may be given. */
  public static final Set<String> ALLOWED_ROLES = Set.of(Roles.CONSUMER, Roles.SUBMITTER);

  public Admission {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(tier, "tier");
    if (name == null || name.isBlank() || name.length() > 256) {
      throw invalid("The organization's name must be 1 to 256 characters");
    }
    if (sector != null && (sector.isBlank() || sector.length() > 64)) {
      throw invalid("sector must be 1 to 64 characters");
    }
    roles = roles == null || roles.isEmpty() ? Set.of(Roles.CONSUMER) : Set.copyOf(roles);
    if (!ALLOWED_ROLES.containsAll(roles)) {
      throw invalid(
          "An onboarded provider's users may be given the roles consumer and submitter only");
    }
    if (type == OrganizationType.OPERATOR) {
      throw invalid("An operator organization is not admitted through an identity provider");
    }
    try {
      claims(id, name, type, tier, sector, country);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw invalid("country must be an ISO 3166-1 alpha-2 code");
    }
  }

  /** The organization as {@code OrganizationService.admit} registers it. */
  public OrganizationClaims claims() {
    return claims(id, name, type, tier, sector, country);
  }

  private static OrganizationClaims claims(
      OrganizationId id,
      String name,
      OrganizationType type,
      Tier tier,
      String sector,
      String country) {
    return new OrganizationClaims(id, name, type, tier, sector, country);
  }

  private static DomainException invalid(String message) {
    return new DomainException(DomainException.Kind.INVALID, message);
  }
}
