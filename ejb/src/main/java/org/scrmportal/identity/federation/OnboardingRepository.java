package org.scrmportal.identity.federation;

import java.util.List;
import java.util.Optional;
import org.scrmportal.organization.OrganizationId;

/** Where onboardings and identity provider links are kept. */
public interface OnboardingRepository {

  Optional<Onboarding> find(String id);

  /** Onboardings in one status (all when null), oldest first. */
  List<Onboarding> findByStatus(Onboarding.Status status);

  /** Pending onboardings of that organization id or that provider (entity id or issuer). */
  List<Onboarding> pending(OrganizationId organization, String providerId);

  void store(Onboarding onboarding);

  Optional<IdentityProviderLink> link(String alias);

  Optional<IdentityProviderLink> linkOfProvider(String providerId);

  List<IdentityProviderLink> links(OrganizationId organization);

  void store(IdentityProviderLink link);

  /** Writes what is pending to the database, so that its constraints are checked now. */
  void flush();
}
