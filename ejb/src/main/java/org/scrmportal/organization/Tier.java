package org.scrmportal.organization;

/**
 * Membership tiers: T0 registered, T1 vetted member, T2 trusted partner, T3 government or
 * critical-infrastructure partner (see the access policy table in the README).
 */
public enum Tier {
  T0,
  T1,
  T2,
  T3;

  public static Tier fromClaim(String claim) {
    for (Tier tier : values()) {
      if (tier.name().equals(claim)) {
        return tier;
      }
    }
    throw new IllegalArgumentException("unknown tier " + claim);
  }
}
