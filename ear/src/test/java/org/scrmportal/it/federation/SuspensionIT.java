package org.scrmportal.it.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scrmportal.identity.RealmAdmin;
import org.scrmportal.identity.keycloak.KeycloakRealmAdmin;
import org.scrmportal.it.support.Api;
import org.scrmportal.it.support.Browser;
import org.scrmportal.it.support.BrowserTest;
import org.scrmportal.it.support.PartnerRealm;
import org.scrmportal.it.support.TestServers;

/**
 * Suspending an onboarded organization (four eyes through the vetting API) withdraws its access at
 * once: Keycloak's login page no longer offers its IdP, a browser session signed in before reads
 * none of the AMBER alerts shared with it at its next page, and a token of its poller (a machine
 * client in its realm group) no longer reads them either; reinstating it gives all of it back.
 */
class SuspensionIT extends BrowserTest {

  @Test
  void aSuspendedOrganizationsIdpAndSessionsLoseAccessUntilItIsReinstated() throws Exception {
    String suffix = FederationSteps.suffix();
    String orgId = "suspended-" + suffix;
    String alias = "fed-" + orgId;
    String poller = orgId + "-poller";
    try (PartnerRealm partner = PartnerRealm.create(suffix);
        KeycloakRealmAdmin realm =
            new KeycloakRealmAdmin(
                URI.create("http://127.0.0.1:" + TestServers.KEYCLOAK_PORT),
                "scrm",
                "scrm-portal-admin",
                "scrm-portal-admin-demo-secret")) {
      FederationSteps.onboardSaml(partner, orgId, "T1");
      Api gina = Api.as("gina");
      String amberBody = "amber for " + orgId;
      String amber =
          FederationSteps.publish(
              gina, amberBody, FederationSteps.marking("AMBER", List.of(orgId), null));
      String clearBody = "clear for everyone " + suffix;
      FederationSteps.publish(gina, clearBody, FederationSteps.marking("CLEAR", null, null));
      RealmAdmin.IssuedSecret machine =
          realm.createMachineClient(poller, "Poller of " + orgId, orgId, Set.of("consumer"));
      try {
        String machineToken = ClientCredentials.grant(poller, machine.secret()).token();
        assertEquals(
            200,
            ClientCredentials.get(machineToken, "/api/alerts/" + amber).status(),
            "the premise: its poller reads what is shared with it");

        try (Browser session = FederationSteps.signInThrough(alias, partner)) {
          assertTrue(
              FederationSteps.alertsPage(session).contains(amberBody),
              "the premise: its person reads what is shared with it");

          FederationSteps.vet(orgId, "SUSPEND");

          // the session signed in before: its next page shows none of it
          session.driver().get(TestServers.PORTAL.resolve("alerts.xhtml").toString());
          String page = session.driver().getPageSource();
          assertFalse(page.contains(amberBody), "a suspended organization reads no AMBER alert");

          // the poller's token issued before: refused, or TLP:CLEAR only
          assertNotEquals(
              200,
              ClientCredentials.get(machineToken, "/api/alerts/" + amber).status(),
              "the poller's existing token reads the AMBER alert no longer");
          var newGrant = ClientCredentials.grant(poller, machine.secret());
          if (newGrant.status() == 200) {
            assertNotEquals(
                200,
                ClientCredentials.get(newGrant.token(), "/api/alerts/" + amber).status(),
                "nor a new one");
          }
        }

        assertFalse(
            FederationSteps.loginPageOffers(alias), "Keycloak no longer offers the suspended IdP");

        FederationSteps.vet(orgId, "REINSTATE");

        assertTrue(FederationSteps.loginPageOffers(alias), "reinstated, its IdP is offered again");
        try (Browser again = FederationSteps.signInThrough(alias, partner)) {
          assertEquals(orgId, FederationSteps.whoAmI(again).get("org-id"));
          String alerts = FederationSteps.alertsPage(again);
          assertTrue(alerts.contains(amberBody), "and reads what is shared with it: " + alerts);
          assertTrue(alerts.contains(clearBody), alerts);
        }
        String tokenAgain = ClientCredentials.grant(poller, machine.secret()).token();
        assertEquals(
            200,
            ClientCredentials.get(tokenAgain, "/api/alerts/" + amber).status(),
            "its poller reads again");
      } finally {
        realm.deleteClient(poller);
      }
    }
  }
}
