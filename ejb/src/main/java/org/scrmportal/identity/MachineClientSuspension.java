package org.scrmportal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.scrmportal.organization.OrganizationSuspended;
import org.scrmportal.platform.DomainException;

/**
 * Suspending an organization disables its machine clients in Keycloak (no new tokens; the access
 * policy already refuses the organization everything but TLP:CLEAR from the next request), and
 * reinstating it enables those that are not revoked. Observed synchronously inside the approving
 * transaction: Keycloak refusing, or unreachable, rolls the approval back ({@code UNAVAILABLE}), as
 * for the organization's identity providers.
 */
@ApplicationScoped
public class MachineClientSuspension {

  @Inject MachineClientRepository clients;

  @Inject RealmAdmin realm;

  private static final Logger LOG = Logger.getLogger(MachineClientSuspension.class.getName());

  void onSuspension(@Observes OrganizationSuspended event) {
    try {
      clients.findByOrganization(event.id()).stream()
          .filter(c -> !c.isRevoked())
          .forEach(c -> realm.setClientEnabled(c.clientId(), !event.suspended()));
    } catch (RealmAdmin.RealmAdminException e) {
      LOG.log(Level.WARNING, "Keycloak refused to switch the machine clients of " + event.id(), e);
      throw new DomainException(
          DomainException.Kind.UNAVAILABLE,
          "Keycloak refused to "
              + (event.suspended() ? "disable" : "enable")
              + " the organization's machine clients or could not be reached; nothing was"
              + " changed");
    }
  }
}
