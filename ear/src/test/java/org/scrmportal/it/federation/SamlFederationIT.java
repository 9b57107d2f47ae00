package org.scrmportal.it.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scrmportal.it.federation.FederationSteps.REGISTRAR;
import static org.scrmportal.it.federation.FederationSteps.RESEARCH_AND_SCHOLARSHIP;
import static org.scrmportal.it.federation.FederationSteps.SIRTFI;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scrmportal.identity.federation.saml.testing.TestFederation;
import org.scrmportal.it.support.Api;
import org.scrmportal.it.support.Browser;
import org.scrmportal.it.support.BrowserTest;
import org.scrmportal.it.support.PartnerRealm;

/**
 * A partner agency joins through a SAML federation, end to end: the federation's signed aggregate
 * lists the agency's IdP (a realm of the test Keycloak) with its registration authority, entity
 * category and assurance certification; one operator proposes to admit it as an agency at T2, she
 * cannot approve her own proposal, a second operator sees the federation's attributes and approves;
 * then a person of the agency signs in at headless Chromium through the IdP's button on Keycloak's
 * login page and is, for the portal, a member of the new organization at T2: not of {@code ncsa} at
 * T3, which the partner's IdP asserts in {@code org_id} and {@code org_tier} attributes.
 */
class SamlFederationIT extends BrowserTest {

  @Test
  void anOnboardedAgencySignsInThroughItsIdpAtTheTierTheOperatorsGaveIt() throws Exception {
    String suffix = FederationSteps.suffix();
    String orgId = "partner-" + suffix;
    String alias = "fed-" + orgId;
    Api olivia = Api.as("olivia");
    Api oscar = Api.as("oscar");
    try (PartnerRealm partner = PartnerRealm.create(suffix)) {
      String entityId = FederationSteps.entityIdOf(partner.idpMetadataXml());
      TestFederation federation = TestFederation.create("Federation " + suffix);
      String entity =
          TestFederation.describe(
              partner.idpMetadataXml(),
              REGISTRAR,
              "Partner Agency " + suffix,
              List.of(RESEARCH_AND_SCHOLARSHIP),
              List.of(SIRTFI));

      // olivia registers the federation: the aggregate uploaded, its signing certificate pinned
      String federationId =
          FederationSteps.registered(
              olivia,
              "federation-" + suffix,
              federation.certificatePem(),
              FederationSteps.signedAggregate(federation, suffix, entity));
      JsonNode registered = olivia.get("/api/federations/" + federationId).json();
      assertEquals(1, registered.get("identityProviders").asInt(), registered::toString);
      assertTrue(registered.get("validUntil").isTextual(), registered::toString);

      JsonNode listed = FederationSteps.listedProvider(olivia, federationId, entityId);
      assertEquals(REGISTRAR, listed.get("registrationAuthority").asText(), listed::toString);
      assertEquals(List.of(RESEARCH_AND_SCHOLARSHIP), texts(listed.get("entityCategories")));
      assertEquals(List.of(SIRTFI), texts(listed.get("assuranceCertifications")));
      assertEquals("Partner Agency " + suffix, listed.get("organizationName").asText());
      assertTrue(
          listed.get("singleSignOnUrl").asText().contains("/realms/" + partner.realm() + "/"),
          listed::toString);
      assertFalse(listed.hasNonNull("onboarded"), "not yet onboarded: " + listed);

      // olivia proposes to admit it; she cannot approve it herself
      Api.Reply proposed =
          FederationSteps.proposeSaml(
              olivia,
              federationId,
              entityId,
              FederationSteps.organization(
                  orgId, "Partner Agency " + suffix, "agency", "T2", "government", "FR"));
      assertEquals(201, proposed.status(), proposed::toString);
      String onboarding = proposed.json().get("id").asText();
      assertEquals("PENDING", proposed.json().get("status").asText(), proposed::toString);

      Api.Reply ownApproval = olivia.post("/api/onboarding/" + onboarding + "/approve", null);
      assertEquals(403, ownApproval.status(), ownApproval::toString);
      assertTrue(
          ownApproval.contentType().startsWith("application/problem+json"), ownApproval::toString);
      assertEquals(
          "PENDING",
          olivia.get("/api/onboarding/" + onboarding).json().get("status").asText(),
          "a refused approval leaves the proposal pending");
      assertEquals(
          403,
          Api.as("alice").post("/api/onboarding/" + onboarding + "/approve", null).status(),
          "only operators decide");

      // oscar sees what the federation says of the IdP in the proposal, and approves
      JsonNode pending = null;
      for (JsonNode p : oscar.get("/api/onboarding?status=PENDING").json()) {
        if (p.get("id").asText().equals(onboarding)) {
          pending = p;
        }
      }
      assertTrue(pending != null, "oscar sees the pending proposal");
      JsonNode attributes = pending.get("federationAttributes");
      assertEquals(REGISTRAR, attributes.get("registrationAuthority").asText(), pending::toString);
      assertEquals(List.of(SIRTFI), texts(attributes.get("assuranceCertifications")));
      assertEquals(List.of(RESEARCH_AND_SCHOLARSHIP), texts(attributes.get("entityCategories")));
      assertEquals("Partner Agency " + suffix, attributes.get("organizationName").asText());
      assertEquals(entityId, pending.get("entityId").asText(), pending::toString);
      assertEquals("T2", pending.at("/organization/tier").asText(), pending::toString);

      JsonNode approved = FederationSteps.approved(oscar, onboarding);
      assertEquals(alias, approved.get("alias").asText(), approved::toString);
      assertEquals("olivia", approved.get("proposedBy").asText(), approved::toString);
      assertEquals("oscar", approved.get("decidedBy").asText(), approved::toString);
      assertEquals(
          orgId,
          FederationSteps.listedProvider(olivia, federationId, entityId).get("onboarded").asText(),
          "the listing says which organization the IdP became");
      assertEquals(
          409,
          oscar.post("/api/onboarding/" + onboarding + "/approve", null).status(),
          "decided once");

      // what a T2 agency may see: an alert for T2 and above, not one for T3 only
      Api gina = Api.as("gina");
      String forT2 = "for T2 and above " + suffix;
      String forT3 = "for T3 only " + suffix;
      FederationSteps.publish(gina, forT2, FederationSteps.marking("GREEN", null, "T2"));
      FederationSteps.publish(gina, forT3, FederationSteps.marking("GREEN", null, "T3"));

      try (Browser browser = FederationSteps.signInThrough(alias, partner)) {
        Map<String, String> who = FederationSteps.whoAmI(browser);
        assertEquals(orgId, who.get("org-id"), "the IdP's users are in its organization: " + who);
        assertEquals("T2", who.get("org-tier"), "at the tier the operators gave it: " + who);
        assertTrue(
            who.get("username").startsWith(alias + "."),
            "a brokered user name, never a local account's: " + who);
        assertFalse(who.get("roles").contains("operator"), who::toString);

        String alerts = FederationSteps.alertsPage(browser);
        assertTrue(alerts.contains(forT2), "a T2 member reads what T2 may: " + alerts);
        assertFalse(alerts.contains(forT3), "not what only T3 may");
      }
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }
}
