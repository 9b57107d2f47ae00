package org.scrmportal.identity.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.scrmportal.identity.RealmAdmin;
import org.scrmportal.identity.RealmAdmin.RealmAdminException;
import org.scrmportal.organization.OrganizationSuspended;
import org.scrmportal.platform.DomainException;

/**
 * Suspension reaches the identity providers: when an approved vetting proposal suspends an
 * organization, its providers are disabled in Keycloak and its users' sessions ended; reinstating
 * it enables them again. Observed synchronously inside the approving transaction: when Keycloak
 * refuses, the approval is rolled back with the links.
 */
@ApplicationScoped
public class SuspendedIdentityProviders {

  private static final Logger LOG = Logger.getLogger(SuspendedIdentityProviders.class.getName());

  @Inject OnboardingRepository onboardings;

  @Inject RealmAdmin realm;

  void on(@Observes OrganizationSuspended event) {
    try {
      for (IdentityProviderLink link : onboardings.links(event.id())) {
        realm.setIdentityProviderEnabled(link.alias(), !event.suspended());
        link.enabled(!event.suspended());
      }
      if (event.suspended()) {
        realm.endSessions(event.id().value());
      }
    } catch (RealmAdminException e) {
      LOG.log(Level.WARNING, "Keycloak refused a change for organization " + event.id().value(), e);
      throw new DomainException(
          DomainException.Kind.UNAVAILABLE,
          "Keycloak refused to "
              + (event.suspended() ? "disable" : "enable")
              + " the organization's identity providers or could not be reached; nothing was"
              + " changed; retry later");
    }
  }
}
