package org.scrmportal.organization;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a token says about the caller's organization (its identity provider's word, not vetting).
 */
public record OrganizationClaims(
    OrganizationId id,
    String name,
    OrganizationType type,
    Tier tier,
    String sector,
    String country) {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  public OrganizationClaims {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(country, "country");
    if (!COUNTRIES.contains(country)) {
      throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code: " + country);
    }
  }
}
