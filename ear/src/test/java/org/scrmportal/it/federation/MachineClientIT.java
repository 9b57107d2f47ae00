package org.scrmportal.it.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scrmportal.it.support.Api;
import org.scrmportal.it.support.Deployments;
import org.scrmportal.it.support.RawApi;
import org.scrmportal.it.support.Tokens;

/**
 * An org admin's machine client for the organization's poller, end to end with the test Keycloak:
 * alice (org admin of acme-components) registers one and sees its secret once; its
 * client-credentials token reads the REST API and TAXII as acme-components; rotation makes Keycloak
 * refuse the old secret; revocation refuses a token issued before at its next request. Neither adam
 * (acme-components, not an org admin) nor nora (another organization's org admin) may rotate or
 * revoke it, and no org admin may give it more than consumer and submitter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MachineClientIT {

  private static final String ORG = "acme-components";

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return Deployments.portal();
  }

  private static JsonNode listed(RawApi as, String clientId) {
    RawApi.Reply list = as.get("/api/machine-clients");
    assertEquals(200, list.status(), list::toString);
    for (JsonNode client : list.json()) {
      if (client.path("clientId").asText().equals(clientId)) {
        return client;
      }
    }
    return null;
  }

  @Test
  void aPollersSecretIsShownOnceRotatedAndItsTokensRevoked() {
    String name = "poller-" + FederationSteps.suffix();
    String clientId = ORG + "-" + name;
    RawApi alice = RawApi.as("alice");

    RawApi.Reply created =
        alice.postJson("/api/machine-clients", Map.of("name", name, "roles", List.of("consumer")));
    assertEquals(201, created.status(), created::toString);
    assertEquals(clientId, created.json().get("clientId").asText(), created::toString);
    String secret = created.json().get("secret").asText();
    assertTrue(secret.length() >= 16, "a real secret: " + created);

    // shown once: never in the list again
    RawApi.Reply list = alice.get("/api/machine-clients");
    assertEquals(200, list.status(), list::toString);
    assertFalse(list.text().contains(secret), "the secret is never shown again: " + list);
    JsonNode row = listed(alice, clientId);
    assertTrue(row != null, "alice lists her organization's client: " + list);
    assertFalse(row.has("secret") && !row.get("secret").isNull(), row::toString);

    // its token is the organization's
    String token = ClientCredentials.grant(clientId, secret).token();
    assertEquals(clientId, Tokens.payload(token).path("azp").asText(), "a token of that client");
    RawApi.Reply me = ClientCredentials.get(token, "/api/me");
    assertEquals(200, me.status(), me::toString);
    assertEquals(ORG, me.json().at("/organization/id").asText(), me::toString);
    String roles = me.json().get("roles").toString();
    assertTrue(roles.contains("\"consumer\""), "the role alice gave it: " + me);
    for (String more : List.of("submitter", "org-admin", "operator")) {
      assertFalse(roles.contains("\"" + more + "\""), "and no other: " + me);
    }
    assertEquals(200, ClientCredentials.get(token, "/taxii2/scrm/collections/").status());
    String forAcme =
        FederationSteps.publish(
            Api.as("nora"),
            "amber for acme " + name,
            FederationSteps.marking("AMBER", List.of(ORG), null));
    assertEquals(200, ClientCredentials.get(token, "/api/alerts/" + forAcme).status());

    // neither a member who is no org admin nor another organization's org admin touches it
    for (String intruder : List.of("adam", "nora")) {
      RawApi other = RawApi.as(intruder);
      int rotate =
          other
              .post("/api/machine-clients/" + clientId + "/secret", "application/json", new byte[0])
              .status();
      assertTrue(rotate == 403 || rotate == 404, intruder + " rotates: " + rotate);
      int revoke = other.delete("/api/machine-clients/" + clientId).status();
      assertTrue(revoke == 403 || revoke == 404, intruder + " revokes: " + revoke);
    }
    assertEquals(null, listed(RawApi.as("nora"), clientId), "nora does not even see it");
    assertEquals(
        200,
        ClientCredentials.grant(clientId, secret).status(),
        "after their attempts the secret still works");

    // rotation: the old secret is refused by Keycloak, the new one works
    RawApi.Reply rotated =
        alice.post("/api/machine-clients/" + clientId + "/secret", "application/json", new byte[0]);
    assertEquals(200, rotated.status(), rotated::toString);
    String newSecret = rotated.json().get("secret").asText();
    assertNotEquals(secret, newSecret);
    assertEquals(clientId, rotated.json().get("clientId").asText());
    assertEquals(401, ClientCredentials.grant(clientId, secret).status(), "the old secret");
    String newToken = ClientCredentials.grant(clientId, newSecret).token();
    assertEquals(200, ClientCredentials.get(newToken, "/api/alerts/" + forAcme).status());
    assertFalse(alice.get("/api/machine-clients").text().contains(newSecret));

    // revocation: a token issued before is refused at its next request
    assertEquals(204, alice.delete("/api/machine-clients/" + clientId).status());
    assertEquals(
        401,
        ClientCredentials.get(newToken, "/api/alerts/" + forAcme).status(),
        "the revoked client's token is refused");
    assertEquals(401, ClientCredentials.get(newToken, "/taxii2/scrm/collections/").status());
    assertNotEquals(
        200, ClientCredentials.grant(clientId, newSecret).status(), "and Keycloak issues no more");
    JsonNode revoked = listed(alice, clientId);
    assertTrue(
        revoked == null || revoked.hasNonNull("revokedAt"), "listed as revoked or not at all");
  }

  @Test
  void onlyConsumerAndSubmitterMayBeGivenAndOnlyByAnOrgAdmin() {
    String name = "poller-" + FederationSteps.suffix();
    RawApi alice = RawApi.as("alice");
    RawApi.Reply operator =
        alice.postJson("/api/machine-clients", Map.of("name", name, "roles", List.of("operator")));
    assertTrue(operator.status() == 400 || operator.status() == 422, operator::toString);
    assertEquals(null, listed(alice, ORG + "-" + name), "nothing registered");

    RawApi.Reply byAdam =
        RawApi.as("adam")
            .postJson("/api/machine-clients", Map.of("name", name, "roles", List.of("consumer")));
    assertEquals(403, byAdam.status(), byAdam::toString);
    RawApi.Reply badName =
        alice.postJson(
            "/api/machine-clients", Map.of("name", "Bad_Name!", "roles", List.of("consumer")));
    assertTrue(badName.status() == 400 || badName.status() == 422, badName::toString);
    assertEquals(null, listed(alice, ORG + "-" + name), "nothing registered");
  }
}
