package org.scrmportal.identity;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.scrmportal.organization.Caller;
import org.scrmportal.organization.OrganizationClaims;

/**
 * The caller as the application sees it: who (subject and user name; a person or a machine client),
 * for which organization, in which portal roles. Built only by {@link ClaimsPrincipalMapper} or
 * {@link #anonymous()}. People are told apart by {@link #subject()}, never by user name.
 *
 * <p>Injected request-scoped (see {@link CurrentPrincipal}): a pooled EJB that injects it reaches
 * the caller of the current request through a proxy, never the caller it was created for. That is
 * why the class is not final and has a no-argument constructor.
 */
public class PortalPrincipal implements Caller {

  private static final PortalPrincipal ANONYMOUS =
      new PortalPrincipal(null, "anonymous", "Anonymous", false, null, Set.of());

  private String subject;
  private String username;
  private String displayName;
  private boolean serviceAccount;
  private OrganizationClaims organization;
  private Set<String> roles;

  /** For the container's proxy only. */
  protected PortalPrincipal() {}

  PortalPrincipal(
      String subject,
      String username,
      String displayName,
      boolean serviceAccount,
      OrganizationClaims organization,
      Set<String> roles) {
    this.subject = subject;
    this.username = Objects.requireNonNull(username, "username");
    this.displayName = Objects.requireNonNull(displayName, "displayName");
    this.serviceAccount = serviceAccount;
    this.organization = organization;
    this.roles = Set.copyOf(roles);
  }

  /** The caller who presented no token: sees only what is marked TLP:CLEAR. */
  public static PortalPrincipal anonymous() {
    return ANONYMOUS;
  }

  public boolean isAnonymous() {
    return subject == null;
  }

  /** The token's {@code sub}; empty for the anonymous caller. */
  @Override
  public Optional<String> subject() {
    return Optional.ofNullable(subject);
  }

  @Override
  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  /** The caller's organization; empty for a person or client that belongs to none. */
  @Override
  public Optional<OrganizationClaims> organization() {
    return Optional.ofNullable(organization);
  }

  /**
   * Whether the token is a machine client's own (OAuth 2.0 client credentials, a Keycloak service
   * account) rather than a person's, as {@link ClaimsPrincipalMapper} decided it. A machine client
   * is nobody's second pair of eyes.
   */
  @Override
  public boolean isServiceAccount() {
    return serviceAccount;
  }

  public Set<String> roles() {
    return roles;
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  @Override
  public String toString() {
    return "PortalPrincipal["
        + username
        + (serviceAccount ? " (machine client)" : "")
        + ", "
        + organization().map(o -> o.id().value()).orElse("no organization")
        + ", "
        + roles
        + "]";
  }
}
