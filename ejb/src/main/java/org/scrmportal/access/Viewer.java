package org.scrmportal.access;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.Tier;

/**
 * The caller as the access policy sees it: the person, their organization's standing as the portal
 * has vetted it (not as the token claims it), and the communities it is a member of.
 *
 * @param subject the caller's stable subject (the token's {@code sub}), which TLP:RED audiences
 *     name; null for the anonymous caller. A machine client has one too (its service account's),
 *     but no marking names it: markings name people only.
 * @param organization null when the caller belongs to no member organization
 * @param tier the organization's vetted tier; null without an organization
 * @param suspended whether the organization is suspended
 * @param communities ids of the communities the organization is a member of
 * @param operator whether the caller has the portal operator role
 */
public record Viewer(
    String subject,
    OrganizationId organization,
    Tier tier,
    boolean suspended,
    Set<String> communities,
    boolean operator) {

  private static final Viewer ANONYMOUS = new Viewer(null, null, null, false, Set.of(), false);

  public Viewer {
    communities = Set.copyOf(Objects.requireNonNull(communities, "communities"));
    if ((organization == null) != (tier == null)) {
      throw new IllegalArgumentException("an organization has a tier, and only an organization");
    }
  }

  public static Viewer anonymous() {
    return ANONYMOUS;
  }

  public boolean isAnonymous() {
    return subject == null;
  }

  public Optional<OrganizationId> organizationId() {
    return Optional.ofNullable(organization);
  }

  /** Whether the caller's organization is at {@code minimum} or above (false without one). */
  public boolean atLeast(Tier minimum) {
    return tier != null && tier.compareTo(minimum) >= 0;
  }
}
