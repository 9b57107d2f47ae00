package org.scrmportal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.scrmportal.organization.OrganizationSuspended;

/**
 * Suspending an organization disables its machine clients in Keycloak (no new tokens; the access
 * policy already refuses the organization everything but TLP:CLEAR from the next request), and
 * reinstating it enables those that are not revoked. Observed synchronously inside the approving
 * transaction: Keycloak refusing rolls the approval back.
 */
@ApplicationScoped
public class MachineClientSuspension {

  @Inject MachineClientRepository clients;

  @Inject RealmAdmin realm;

  void onSuspension(@Observes OrganizationSuspended event) {
    clients.findByOrganization(event.id()).stream()
        .filter(c -> !c.isRevoked())
        .forEach(c -> realm.setClientEnabled(c.clientId(), !event.suspended()));
  }
}
