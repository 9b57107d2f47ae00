package org.scrmportal.organization;

import java.util.Optional;

/**
 * The caller as the organization services see it: declared here and implemented by the identity
 * package's {@code PortalPrincipal} (injected as this interface), so that organization does not
 * depend on identity.
 */
public interface Caller {

  /**
   * The token's {@code sub}: the caller's stable identifier (user names can change and be reused);
   * empty for the anonymous caller.
   */
  Optional<String> subject();

  /** The user name, for display and records people read. */
  String username();

  /** The caller's organization as its token claims it; empty without one. */
  Optional<OrganizationClaims> organization();

  /**
   * Whether the caller is a machine client acting for itself (a client-credentials token), not a
   * person.
   */
  boolean isServiceAccount();
}
