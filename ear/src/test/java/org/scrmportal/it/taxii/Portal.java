package org.scrmportal.it.taxii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import java.util.UUID;
import org.scrmportal.it.support.Api;

/**
 * What the TAXII tests set up through the portal's own API (as {@code SharingPolicyIT} does): the
 * vetted tiers they rely on, and sharing communities.
 */
final class Portal {

  private Portal() {}

  /**
   * Makes sure {@code organization} (of which {@code member} is a member) is vetted at {@code tier}
   * and in good standing, proposing and approving the change with two operators if another test
   * left it elsewhere.
   */
  static void ensureTier(String member, String organization, String tier) {
    Api api = Api.as(member);
    Api.Reply mine = api.get("/api/organizations/mine");
    assertEquals(200, mine.status(), mine::toString);
    assertFalse(
        mine.json().path("suspended").asBoolean(), () -> organization + " is suspended: " + mine);
    if (!tier.equals(mine.json().path("tier").asText())) {
      Api.Reply proposed =
          Api.as("olivia")
              .post(
                  "/api/vetting/proposals",
                  Map.of(
                      "organization",
                      organization,
                      "action",
                      "SET_TIER",
                      "tier",
                      tier,
                      "reason",
                      "The TAXII tests need " + organization + " at " + tier));
      assertEquals(201, proposed.status(), proposed::toString);
      Api.Reply approved =
          Api.as("oscar")
              .post(
                  "/api/vetting/proposals/" + proposed.json().get("id").asText() + "/approve",
                  null);
      assertEquals(200, approved.status(), approved::toString);
    }
    assertEquals(tier, api.get("/api/organizations/mine").json().path("tier").asText());
  }

  /** The tiers of the demo realm that the TAXII tests rely on. */
  static void ensureDemoTiers() {
    ensureTier("alice", "acme-components", "T1");
    ensureTier("nora", "northgrid-energy", "T2");
    ensureTier("gina", "ncsa", "T3");
  }

  /**
   * A new sharing community owned by Acme (alice) with Northgrid (nora) as a member by invitation;
   * its id, which is also the id of its TAXII collection.
   */
  static String communityOfAcmeAndNorthgrid() {
    Api alice = Api.as("alice");
    Api nora = Api.as("nora");
    Api.Reply created =
        alice.post(
            "/api/communities",
            Map.of(
                "name",
                "TAXII grid suppliers " + UUID.randomUUID(),
                "purpose",
                "Indicators shared between Acme and Northgrid over TAXII",
                "membersVisible",
                false));
    assertEquals(201, created.status(), created::toString);
    String id = created.json().get("id").asText();
    Api.Reply invited =
        alice.post(
            "/api/communities/" + id + "/invitations", Map.of("organization", "northgrid-energy"));
    assertEquals(200, invited.status(), invited::toString);
    Api.Reply accepted = nora.post("/api/communities/" + id + "/invitations/accept", null);
    assertEquals(200, accepted.status(), accepted::toString);
    return id;
  }
}
