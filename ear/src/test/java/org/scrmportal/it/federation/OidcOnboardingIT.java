package org.scrmportal.it.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scrmportal.it.support.Api;
import org.scrmportal.it.support.Browser;
import org.scrmportal.it.support.BrowserTest;
import org.scrmportal.it.support.PartnerRealm;

/**
 * A partner whose IdP speaks OpenID Connect joins by its issuer URL: the portal reads the
 * provider's discovery document (the test Keycloak on 127.0.0.1, allowed for the tests), one
 * operator proposes, a second approves, the client secret is never shown back; a person of the
 * partner then signs in at headless Chromium through the provider's button and is a member of the
 * new organization at the tier the operators gave it.
 */
class OidcOnboardingIT extends BrowserTest {

  @Test
  void anOidcProviderOnboardedWithFourEyesSignsItsPeopleInToTheirOrganization() throws Exception {
    String suffix = FederationSteps.suffix();
    String orgId = "oidc-partner-" + suffix;
    String alias = "oidc-" + orgId;
    Api olivia = Api.as("olivia");
    Api oscar = Api.as("oscar");
    try (PartnerRealm partner = PartnerRealm.create(suffix)) {
      Map<String, Object> organization =
          FederationSteps.organization(
              orgId, "OIDC Partner " + suffix, "company", "T1", "energy", "NL");
      Api.Reply proposed =
          FederationSteps.proposeOidc(
              olivia,
              partner.oidcIssuer(),
              partner.oidcClientId(),
              partner.oidcClientSecret(),
              organization);
      assertEquals(201, proposed.status(), proposed::toString);
      assertEquals("oidc", proposed.json().get("protocol").asText().toLowerCase());
      assertEquals(partner.oidcIssuer(), proposed.json().get("issuer").asText());
      assertFalse(
          proposed.text().contains(partner.oidcClientSecret()), "the secret is never shown back");
      String id = proposed.json().get("id").asText();

      assertEquals(
          403,
          olivia.post("/api/onboarding/" + id + "/approve", null).status(),
          "not by the proposer");
      Api.Reply seen = oscar.get("/api/onboarding/" + id);
      assertEquals(200, seen.status(), seen::toString);
      assertFalse(seen.text().contains(partner.oidcClientSecret()), seen::toString);

      JsonNode approved = FederationSteps.approved(oscar, id);
      assertEquals(alias, approved.get("alias").asText(), approved::toString);
      assertFalse(approved.toString().contains(partner.oidcClientSecret()), approved::toString);
      assertEquals(
          409,
          olivia
              .post(
                  "/api/onboarding",
                  Map.of(
                      "protocol",
                      "oidc",
                      "issuer",
                      partner.oidcIssuer(),
                      "clientId",
                      partner.oidcClientId(),
                      "clientSecret",
                      partner.oidcClientSecret(),
                      "organization",
                      organization,
                      "roles",
                      List.of("consumer"),
                      "reason",
                      "again"))
              .status(),
          "an organization id already known");

      try (Browser browser = FederationSteps.signInThrough(alias, partner)) {
        Map<String, String> who = FederationSteps.whoAmI(browser);
        assertEquals(orgId, who.get("org-id"), who::toString);
        assertEquals("T1", who.get("org-tier"), who::toString);
        assertTrue(who.get("username").startsWith(alias + "."), who::toString);
        assertTrue(who.get("roles").contains("consumer"), who::toString);
      }
    }
  }
}
