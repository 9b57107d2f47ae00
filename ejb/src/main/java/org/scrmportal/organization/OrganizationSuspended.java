package org.scrmportal.organization;

import java.util.Objects;

/**
 * CDI event: an approved vetting proposal suspended ({@code suspended} true) or reinstated an
 * organization. Fired synchronously inside the approving transaction, so that an observer that
 * fails (Keycloak refusing to disable an identity provider or a machine client) rolls the approval
 * back with it.
 */
public record OrganizationSuspended(OrganizationId id, boolean suspended) {

  public OrganizationSuspended {
    Objects.requireNonNull(id, "id");
  }
}
