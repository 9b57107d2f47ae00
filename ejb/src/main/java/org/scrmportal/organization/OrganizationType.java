package org.scrmportal.organization;

import java.util.Arrays;

/** The kinds of member, as written in the {@code org_type} group attribute. */
public enum OrganizationType {
  COMPANY("company"),
  AGENCY("agency"),
  STANDARDS_BODY("standards-body"),
  OPERATOR("operator");

  private final String claim;

  OrganizationType(String claim) {
    this.claim = claim;
  }

  public String claim() {
    return claim;
  }

  public static OrganizationType fromClaim(String claim) {
    return Arrays.stream(values())
        .filter(t -> t.claim.equals(claim))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown organization type " + claim));
  }
}
