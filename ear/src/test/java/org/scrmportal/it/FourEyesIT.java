package org.scrmportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scrmportal.it.support.Api;
import org.scrmportal.it.support.Deployments;
import org.scrmportal.it.support.Tokens;

/**
 * Four eyes by two people, over HTTP with real Keycloak tokens: an operator's vetting proposal is
 * decided neither by herself nor by her own organization's machine client (whose service account
 * has the operator role), only by a second operator; the refusals are RFC 9457 problem details that
 * say why. Each proposal sets an organization's tier to the tier it has, so that approving it
 * changes nothing another test sees.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FourEyesIT {

  private static final String OPS_MACHINE = "portal-operations-machine";
  private static final String ORGANIZATION = "northgrid-energy";

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return Deployments.portal();
  }

  /** Proposes, as {@code operator}, that {@link #ORGANIZATION} keep its tier; the proposal's id. */
  private static String proposeSameTier(Api operator) {
    Api.as("nora"); // registers the organization
    String tier = null;
    for (JsonNode org : operator.get("/api/organizations").json()) {
      if (org.get("id").asText().equals(ORGANIZATION)) {
        tier = org.get("tier").asText();
      }
    }
    Api.Reply proposed =
        operator.post(
            "/api/vetting/proposals",
            Map.of(
                "organization",
                ORGANIZATION,
                "action",
                "SET_TIER",
                "tier",
                tier,
                "reason",
                "four eyes " + UUID.randomUUID()));
    assertEquals(201, proposed.status(), proposed::toString);
    return proposed.json().get("id").asText();
  }

  private static void assertFourEyesProblem(Api.Reply reply, String expectedInDetail) {
    assertEquals(403, reply.status(), reply::toString);
    assertTrue(
        reply.contentType().startsWith("application/problem+json"), "problem details: " + reply);
    JsonNode problem = reply.json();
    assertEquals(403, problem.get("status").asInt(), reply::toString);
    assertEquals("Forbidden", problem.get("title").asText(), reply::toString);
    String detail = problem.get("detail").asText();
    assertTrue(detail.startsWith("Four eyes"), detail);
    assertTrue(detail.contains(expectedInDetail), detail);
  }

  private static String statusOf(Api operator, String id) {
    for (JsonNode p : operator.get("/api/vetting/proposals?status=PENDING").json()) {
      if (p.get("id").asText().equals(id)) {
        return "PENDING";
      }
    }
    return "decided";
  }

  @Test
  void theMachineClientOfTheProposersOrganizationCannotApproveNorReject() {
    JsonNode machine = Tokens.payload(Tokens.forMachine(OPS_MACHINE));
    assertTrue(
        machine.get("realm_access").get("roles").toString().contains("\"operator\""),
        "the premise: the machine client's service account has the operator role");
    Api olivia = Api.as("olivia");
    Api opsMachine = Api.asMachine(OPS_MACHINE);
    String id = proposeSameTier(olivia);

    assertFourEyesProblem(
        opsMachine.post("/api/vetting/proposals/" + id + "/approve", null), "machine client");
    assertFourEyesProblem(
        opsMachine.post("/api/vetting/proposals/" + id + "/reject", null), "machine client");

    assertEquals("PENDING", statusOf(olivia, id), "refused decisions leave the proposal pending");
  }

  @Test
  void theProposerCannotDecideHerOwnProposal() {
    Api olivia = Api.as("olivia");
    String id = proposeSameTier(olivia);

    assertFourEyesProblem(
        olivia.post("/api/vetting/proposals/" + id + "/approve", null), "a second operator");
    assertFourEyesProblem(
        olivia.post("/api/vetting/proposals/" + id + "/reject", null), "a second operator");

    assertEquals("PENDING", statusOf(olivia, id));
  }

  @Test
  void aSecondOperatorApproves() {
    Api olivia = Api.as("olivia");
    Api oscar = Api.as("oscar");
    String id = proposeSameTier(olivia);
    Api.asMachine(OPS_MACHINE).post("/api/vetting/proposals/" + id + "/approve", null);

    Api.Reply approved = oscar.post("/api/vetting/proposals/" + id + "/approve", null);

    assertEquals(200, approved.status(), approved::toString);
    assertEquals("APPROVED", approved.json().get("status").asText());
    assertEquals("olivia", approved.json().get("proposedBy").asText());
    assertEquals("oscar", approved.json().get("decidedBy").asText());
  }

  @Test
  void aMachineClientCannotProposeEither() {
    Api.Reply proposed =
        Api.asMachine(OPS_MACHINE)
            .post(
                "/api/vetting/proposals",
                Map.of(
                    "organization",
                    ORGANIZATION,
                    "action",
                    "SET_TIER",
                    "tier",
                    "T1",
                    "reason",
                    "four eyes " + UUID.randomUUID()));

    assertFourEyesProblem(proposed, "machine client");
  }
}
