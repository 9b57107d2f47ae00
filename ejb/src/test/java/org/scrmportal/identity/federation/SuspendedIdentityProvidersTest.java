package org.scrmportal.identity.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrmportal.identity.federation.FederationFakes.FakeRealmAdmin;
import org.scrmportal.identity.federation.FederationFakes.InMemoryOnboardings;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.OrganizationSuspended;
import org.scrmportal.platform.DomainException;

/** Suspending an organization disables its identity providers and ends its sessions. */
class SuspendedIdentityProvidersTest {

  private final InMemoryOnboardings repository = new InMemoryOnboardings();
  private final FakeRealmAdmin realm = new FakeRealmAdmin();
  private final SuspendedIdentityProviders observer = new SuspendedIdentityProviders();

  SuspendedIdentityProvidersTest() {
    observer.onboardings = repository;
    observer.realm = realm;
    Instant now = Instant.now();
    for (IdentityProviderLink link :
        List.of(
            OnboardingsTest.link("fed-org-s", "org-s", "https://s.example/idp", now),
            OnboardingsTest.link("oidc-org-s", "org-s", "https://s.example/op", now),
            OnboardingsTest.link("fed-org-other", "org-other", "https://o.example/idp", now))) {
      repository.store(link);
      realm.enabled.put(link.alias(), true);
    }
  }

  @Test
  void suspensionDisablesTheOrganizationsProvidersAndEndsItsSessions() {
    observer.on(new OrganizationSuspended(new OrganizationId("org-s"), true));

    assertFalse(realm.enabled.get("fed-org-s"));
    assertFalse(realm.enabled.get("oidc-org-s"));
    assertTrue(realm.enabled.get("fed-org-other"), "another organization's provider is untouched");
    assertFalse(repository.link("fed-org-s").orElseThrow().enabled());
    assertEquals(List.of("org-s"), realm.sessionsEnded);

    observer.on(new OrganizationSuspended(new OrganizationId("org-s"), false));
    assertTrue(realm.enabled.get("fed-org-s"));
    assertTrue(realm.enabled.get("oidc-org-s"));
    assertTrue(repository.link("oidc-org-s").orElseThrow().enabled());
    assertEquals(List.of("org-s"), realm.sessionsEnded, "reinstating ends no sessions");
  }

  @Test
  void aKeycloakRefusalRollsTheSuspensionBack() {
    realm.failOn = "setIdentityProviderEnabled";
    DomainException refused =
        assertThrows(
            DomainException.class,
            () -> observer.on(new OrganizationSuspended(new OrganizationId("org-s"), true)));
    assertEquals(DomainException.Kind.UNAVAILABLE, refused.kind());
    assertTrue(realm.enabled.get("fed-org-s"));
  }

  @Test
  void anOrganizationWithoutProvidersStillHasItsSessionsEnded() {
    observer.on(new OrganizationSuspended(new OrganizationId("org-none"), true));
    assertEquals(List.of("org-none"), realm.sessionsEnded);
    assertEquals(List.of("endSessions"), realm.calls);
  }
}
