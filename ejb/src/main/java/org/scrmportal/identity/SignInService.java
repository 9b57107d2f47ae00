package org.scrmportal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.scrmportal.organization.OrganizationClaims;
import org.scrmportal.organization.OrganizationService;

/**
 * Establishes the caller of a request from the claims of its verified token, and registers the
 * caller's organization the first time a token names it.
 */
@ApplicationScoped
public class SignInService {

  private final ClaimsPrincipalMapper mapper = new ClaimsPrincipalMapper();
  private final Set<String> knownOrganizations = ConcurrentHashMap.newKeySet();

  @Inject CurrentPrincipal current;

  @Inject OrganizationService organizations;

  /**
   * @throws InvalidClaimsException if the claims do not describe a portal principal
   */
  public PortalPrincipal signIn(Map<String, ?> claims) {
    PortalPrincipal principal = mapper.fromClaims(claims);
    current.establish(principal);
    principal.organization().ifPresent(this::registerOnce);
    return principal;
  }

  private void registerOnce(OrganizationClaims organization) {
    String id = organization.id().value();
    if (knownOrganizations.contains(id)) {
      return;
    }
    try {
      organizations.recordSeen(organization);
    } catch (RuntimeException concurrentFirstSight) {
      // another request registered it first: the second attempt finds it
      organizations.recordSeen(organization);
    }
    knownOrganizations.add(id);
  }
}
