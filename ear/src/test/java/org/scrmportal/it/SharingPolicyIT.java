package org.scrmportal.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.scrmportal.access.AccessPolicy;
import org.scrmportal.access.Marking;
import org.scrmportal.access.Viewer;
import org.scrmportal.it.support.Api;
import org.scrmportal.it.support.Deployments;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.TlpLevel;

/**
 * The sharing rules end to end, over HTTP with real tokens: who sees which alert (compared, for
 * every demo person, with the access policy's pure function), four-eyes vetting, suspension,
 * communities and their member lists, marking changes, and refused input.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SharingPolicyIT {

  private static final List<String> PEOPLE =
      List.of("alice", "adam", "nora", "gina", "sam", "olivia", "oscar", "victor");

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return Deployments.portal();
  }

  private static Map<String, Object> marking(
      String tlp,
      List<String> orgs,
      List<String> communities,
      List<String> people,
      String minTier) {
    Map<String, Object> m = new HashMap<>();
    m.put("tlp", tlp);
    m.put("organizations", orgs);
    m.put("communities", communities);
    m.put("people", people);
    m.put("minTier", minTier);
    return m;
  }

  private static Map<String, Object> alert(String title, Map<String, Object> marking) {
    return Map.of("title", title, "body", "Body of " + title, "marking", marking);
  }

  private static String publish(Api as, String title, Map<String, Object> marking) {
    Api.Reply reply = as.post("/api/alerts", alert(title, marking));
    assertEquals(201, reply.status(), reply::toString);
    return reply.json().get("id").asText();
  }

  /** Alice's community with Northgrid as a member (by invitation). */
  private static String communityOfAcmeAndNorthgrid(Api alice, Api nora) {
    Api.Reply created =
        alice.post(
            "/api/communities",
            Map.of(
                "name",
                "Grid suppliers " + UUID.randomUUID(),
                "purpose",
                "Suppliers and operators of the power grid",
                "membersVisible",
                false));
    assertEquals(201, created.status(), created::toString);
    String id = created.json().get("id").asText();
    assertEquals(
        200,
        alice
            .post(
                "/api/communities/" + id + "/invitations",
                Map.of("organization", "northgrid-energy"))
            .status());
    assertEquals(200, nora.post("/api/communities/" + id + "/invitations/accept", null).status());
    return id;
  }

  @Test
  void everyPersonListsExactlyTheAlertsThePolicyPermits() {
    Api alice = Api.as("alice");
    Api nora = Api.as("nora");
    Api gina = Api.as("gina");
    Api.as("olivia"); // signs in: a TLP:RED marking names people the portal knows
    String community = communityOfAcmeAndNorthgrid(alice, nora);
    publish(alice, "clear", marking("CLEAR", null, null, null, null));
    publish(alice, "green", marking("GREEN", null, null, null, null));
    publish(
        alice, "green for the community", marking("GREEN", null, List.of(community), null, null));
    publish(
        alice,
        "amber for northgrid",
        marking("AMBER", List.of("northgrid-energy"), null, null, null));
    publish(
        alice, "amber for the community", marking("AMBER", null, List.of(community), null, null));
    publish(
        alice,
        "amber+strict for the agency",
        marking("AMBER+STRICT", List.of("ncsa"), null, null, null));
    publish(alice, "red for gina", marking("RED", null, null, List.of("gina"), null));
    publish(
        gina,
        "amber T2 and above",
        marking("AMBER", List.of("acme-components", "northgrid-energy"), null, null, "T2"));
    publish(
        nora,
        "amber+strict for the board",
        marking("AMBER+STRICT", List.of("cyber-standards-board"), null, null, null));
    publish(gina, "red for olivia", marking("RED", null, null, List.of("olivia"), null));

    // the operators' view: every alert with its marking (metadata), the universe to check against
    Map<String, Marking> universe = new TreeMap<>();
    for (JsonNode a : listAll(Api.as("olivia"))) {
      universe.put(a.get("id").asText(), toMarking(a.get("marking")));
    }
    assertTrue(universe.size() >= 10, "the operator knows of every alert");

    AccessPolicy policy = new AccessPolicy();
    List<Executable> checks = new ArrayList<>();
    for (String person : PEOPLE) {
      Api api = Api.as(person);
      Viewer viewer = viewerOf(person, api);
      Set<String> permitted = new TreeSet<>();
      universe.forEach(
          (id, m) -> {
            if (policy.permits(viewer, m)) {
              permitted.add(id);
            }
          });
      List<JsonNode> listed = listAll(api);
      Map<String, Boolean> content = new TreeMap<>();
      listed.forEach(a -> content.put(a.get("id").asText(), a.get("contentVisible").asBoolean()));
      long total = api.get("/api/alerts?limit=1").json().get("total").asLong();
      Set<String> withContent = new TreeSet<>();
      content.forEach(
          (id, visible) -> {
            if (visible) {
              withContent.add(id);
            }
          });

      checks.add(
          () ->
              assertEquals(
                  permitted, withContent, person + " sees the content the policy permits"));
      if (viewer.operator()) {
        checks.add(
            () ->
                assertEquals(
                    universe.keySet(), content.keySet(), person + " knows of every alert"));
      } else {
        checks.add(
            () ->
                assertEquals(
                    permitted, content.keySet(), person + " lists only what the policy permits"));
      }
      checks.add(
          () ->
              assertEquals(content.size(), total, person + ": the count agrees with the listing"));
      for (String id : universe.keySet()) {
        Api.Reply one = api.get("/api/alerts/" + id);
        boolean known = content.containsKey(id);
        checks.add(
            () -> assertEquals(known ? 200 : 404, one.status(), person + " GET alert " + id));
        if (known) {
          checks.add(
              () ->
                  assertEquals(
                      permitted.contains(id),
                      one.json().hasNonNull("body"),
                      person + " reads the body of " + id + " only if permitted"));
        }
      }
    }
    assertAll(checks);
  }

  @Test
  void vettingTakesTwoDifferentOperators() {
    Api olivia = Api.as("olivia");
    Api oscar = Api.as("oscar");
    Api.as("sam");
    Api.Reply proposed =
        olivia.post(
            "/api/vetting/proposals",
            Map.of(
                "organization",
                "cyber-standards-board",
                "action",
                "SET_TIER",
                "tier",
                "T2",
                "reason",
                "Vetted by the national standards office"));
    assertEquals(201, proposed.status(), proposed::toString);
    String id = proposed.json().get("id").asText();

    Api.Reply selfApproval = olivia.post("/api/vetting/proposals/" + id + "/approve", null);
    assertEquals(403, selfApproval.status(), selfApproval::toString);
    assertTrue(selfApproval.json().get("detail").asText().contains("Four eyes"));
    assertEquals(
        403,
        Api.as("alice").post("/api/vetting/proposals/" + id + "/approve", null).status(),
        "only operators decide");

    Api.Reply approved = oscar.post("/api/vetting/proposals/" + id + "/approve", null);
    assertEquals(200, approved.status(), approved::toString);
    assertEquals("APPROVED", approved.json().get("status").asText());
    assertEquals("olivia", approved.json().get("proposedBy").asText());
    assertEquals("oscar", approved.json().get("decidedBy").asText());
    assertEquals("T2", Api.as("sam").get("/api/organizations/mine").json().get("tier").asText());
    assertEquals(
        409,
        oscar.post("/api/vetting/proposals/" + id + "/approve", null).status(),
        "decided once");
    assertEquals(
        403,
        Api.as("alice")
            .post(
                "/api/vetting/proposals",
                Map.of("organization", "acme-components", "action", "SUSPEND", "reason", "x"))
            .status(),
        "only operators propose");
  }

  @Test
  void aSuspendedOrganizationLosesAccessAtItsNextRequest() {
    Api gina = Api.as("gina");
    Api olivia = Api.as("olivia");
    Api oscar = Api.as("oscar");
    String own =
        publish(
            gina, "agency note", marking("AMBER", List.of("acme-components"), null, null, null));
    String clear = publish(gina, "agency public note", marking("CLEAR", null, null, null, null));

    decide(olivia, oscar, "ncsa", "SUSPEND");
    try {
      Set<String> seen = ids(listAll(gina));
      assertFalse(seen.contains(own), "not even its own AMBER alert");
      assertTrue(seen.contains(clear));
      for (JsonNode a : listAll(gina)) {
        assertEquals(
            "CLEAR", a.at("/marking/tlp").asText(), "a suspended organization sees TLP:CLEAR only");
      }
      assertEquals(404, gina.get("/api/alerts/" + own).status());
      assertEquals(
          403,
          gina.post(
                  "/api/alerts", alert("while suspended", marking("CLEAR", null, null, null, null)))
              .status());
      assertTrue(gina.get("/api/organizations/mine").json().get("suspended").asBoolean());
    } finally {
      decide(olivia, oscar, "ncsa", "REINSTATE");
    }
    assertTrue(ids(listAll(gina)).contains(own), "reinstated, it sees its own again");
  }

  @Test
  void communitiesAdmitByInvitationOrApprovedRequestAndGuardTheirMemberList() {
    Api alice = Api.as("alice");
    Api nora = Api.as("nora");
    Api sam = Api.as("sam");
    Api gina = Api.as("gina");
    Api.as("olivia"); // signs in: a TLP:RED marking names people the portal knows
    String community = communityOfAcmeAndNorthgrid(alice, nora);

    assertEquals(200, sam.post("/api/communities/" + community + "/join-requests", null).status());
    assertEquals(
        403,
        nora.post(
                "/api/communities/" + community + "/join-requests/cyber-standards-board/approve",
                null)
            .status(),
        "only the owner approves");
    Api.Reply approved =
        alice.post(
            "/api/communities/" + community + "/join-requests/cyber-standards-board/approve", null);
    assertEquals("MEMBER", approved.json().get("state").asText(), approved::toString);
    assertEquals(
        403,
        gina.post("/api/communities/" + community + "/join-requests", null).status(),
        "joining is for org admins");
    assertEquals(
        403,
        Api.as("adam")
            .post("/api/communities/" + community + "/invitations", Map.of("organization", "ncsa"))
            .status(),
        "inviting is for the owner's org admins");
    assertEquals(
        409,
        alice
            .post(
                "/api/communities/" + community + "/invitations",
                Map.of("organization", "northgrid-energy"))
            .status(),
        "already a member");

    Api.Reply members = alice.get("/api/communities/" + community + "/members");
    assertEquals(200, members.status());
    assertEquals(
        Set.of("acme-components", "northgrid-energy", "cyber-standards-board"),
        orgsOf(members.json()),
        "the owner sees the member list");
    assertEquals(
        403,
        nora.get("/api/communities/" + community + "/members").status(),
        "members do not, when the community keeps it hidden");
    assertEquals(
        404, gina.get("/api/communities/" + community + "/members").status(), "non-members never");
    assertEquals(
        404,
        Api.as("olivia").get("/api/communities/" + community + "/members").status(),
        "nor operators");
  }

  @Test
  void aMemberNarrowsAMarkingAnOrgAdminLoosensItAndEachChangeHoldsAtOnce() {
    Api alice = Api.as("alice");
    Api adam = Api.as("adam");
    Api nora = Api.as("nora");
    Api gina = Api.as("gina");
    String id =
        publish(
            alice,
            "shared with two",
            marking("AMBER", List.of("northgrid-energy", "ncsa"), null, null, null));
    assertEquals(200, nora.get("/api/alerts/" + id).status());

    Api.Reply narrowed =
        adam.put(
            "/api/alerts/" + id + "/marking",
            marking("AMBER+STRICT", List.of("ncsa"), null, null, null));
    assertEquals(200, narrowed.status(), narrowed::toString);
    assertEquals(
        404,
        nora.get("/api/alerts/" + id).status(),
        "the narrower marking holds for the next read");
    assertEquals(200, gina.get("/api/alerts/" + id).status());

    Api.Reply loosenByMember =
        adam.put("/api/alerts/" + id + "/marking", marking("GREEN", null, null, null, null));
    assertEquals(403, loosenByMember.status(), loosenByMember::toString);
    assertEquals(
        403,
        gina.put(
                "/api/alerts/" + id + "/marking", marking("RED", null, null, List.of("gina"), null))
            .status(),
        "only the author organization changes a marking");

    assertEquals(
        200,
        alice
            .put("/api/alerts/" + id + "/marking", marking("GREEN", null, null, null, null))
            .status());
    JsonNode why = nora.get("/api/alerts/" + id + "/explain").json();
    assertTrue(why.get("permitted").asBoolean());
    assertEquals("green-vetted", why.get("rule").asText());
  }

  @Test
  void explainSaysWhyNot() {
    Api alice = Api.as("alice");
    Api.as("gina");
    String id = publish(alice, "for gina only", marking("RED", null, null, List.of("gina"), null));

    JsonNode operator = Api.as("olivia").get("/api/alerts/" + id + "/explain").json();
    assertFalse(operator.get("permitted").asBoolean());
    assertEquals("red", operator.get("rule").asText());
    assertEquals(
        "TLP:RED for the 1 named person only.",
        operator.get("reason").asText(),
        "the reason counts the people and names none of them");
    JsonNode body = Api.as("olivia").get("/api/alerts/" + id).json();
    assertFalse(body.get("contentVisible").asBoolean());
    assertFalse(body.hasNonNull("body"), "operators see metadata, not content");
    assertEquals(
        404,
        Api.as("nora").get("/api/alerts/" + id + "/explain").status(),
        "outside the audience, the alert does not exist");
  }

  @Test
  void redForAPersonNamedByUserNameIsForThatPersonNotTheirColleagues() {
    Api nora = Api.as("nora");
    Api adam = Api.as("adam");
    Api alice = Api.as("alice"); // adam's colleague at Acme
    Api gina = Api.as("gina");
    String id = publish(nora, "for adam only", marking("RED", null, null, List.of("adam"), null));

    Api.Reply byAdam = adam.get("/api/alerts/" + id);
    assertEquals(200, byAdam.status(), byAdam::toString);
    assertTrue(byAdam.json().get("contentVisible").asBoolean());
    assertEquals("Body of for adam only", byAdam.json().get("body").asText());
    assertEquals(
        "[\"adam\"]",
        byAdam.json().get("marking").get("people").toString(),
        "the marking shows its people by user name");
    JsonNode why = adam.get("/api/alerts/" + id + "/explain").json();
    assertEquals("TLP:RED, and you are the one named person.", why.get("reason").asText());
    assertEquals(404, alice.get("/api/alerts/" + id).status(), "not a colleague of adam's");
    assertEquals(404, gina.get("/api/alerts/" + id).status(), "nor anyone elsewhere");
    assertEquals(404, Api.asMachine("acme-components-machine").get("/api/alerts/" + id).status());
    assertFalse(ids(listAll(alice)).contains(id), "alice lists it not");
    assertTrue(ids(listAll(adam)).contains(id), "adam lists it");
  }

  @Test
  void namingAPersonTheUnknownIsRefusedNamingThem() {
    Api nora = Api.as("nora");
    Api.as("adam");
    String nobody = "nobody-" + UUID.randomUUID();

    Api.Reply refused =
        nora.post(
            "/api/alerts",
            alert("for no one", marking("RED", null, null, List.of("adam", nobody), null)));

    assertEquals(400, refused.status(), refused::toString);
    assertTrue(refused.text().contains(nobody), refused::toString);
    assertFalse(refused.text().contains("adam"), "only the unknown is named: " + refused);
  }

  @Test
  void refusedInputGetsProblemDetailsAndStoresNothing() {
    Api alice = Api.as("alice");
    long before = alice.get("/api/alerts?limit=1").json().get("total").asLong();

    List<Api.Reply> refused =
        List.of(
            alice.postRaw("/api/alerts", "application/json", "{\"title\": "),
            alice.postRaw("/api/alerts", "application/json", "[1,2,3]"),
            alice.post(
                "/api/alerts",
                Map.of("body", "no title", "marking", marking("CLEAR", null, null, null, null))),
            alice.post("/api/alerts", alert("white", marking("WHITE", null, null, null, null))),
            alice.post(
                "/api/alerts",
                alert("clear with audience", marking("CLEAR", List.of("ncsa"), null, null, null))),
            alice.post(
                "/api/alerts",
                alert("unknown community", marking("AMBER", null, List.of("no-such"), null, null))),
            alice.post(
                "/api/alerts",
                alert("bad tier", marking("AMBER", List.of("ncsa"), null, null, "T9"))),
            alice.post(
                "/api/alerts",
                Map.of(
                    "title",
                    "x".repeat(301),
                    "body",
                    "b",
                    "marking",
                    marking("CLEAR", null, null, null, null))),
            alice.get("/api/alerts?limit=0"),
            alice.get("/api/alerts?limit=5000"),
            alice.get("/api/alerts?next=bm90LWEtY3Vyc29y"));
    List<Executable> checks = new ArrayList<>();
    for (Api.Reply r : refused) {
      checks.add(() -> assertEquals(400, r.status(), r::toString));
      checks.add(
          () -> assertTrue(r.contentType().startsWith("application/problem+json"), r::toString));
    }
    checks.add(
        () -> assertEquals(415, alice.postRaw("/api/alerts", "text/plain", "hello").status()));
    checks.add(
        () ->
            assertEquals(
                403,
                Api.as("sam")
                    .post(
                        "/api/alerts",
                        alert("no submitter role", marking("CLEAR", null, null, null, null)))
                    .status()));
    checks.add(
        () ->
            assertEquals(
                before,
                alice.get("/api/alerts?limit=1").json().get("total").asLong(),
                "nothing was stored"));
    assertAll(checks);
  }

  // ------------------------------------------------------------------------------------------

  private static void decide(Api proposer, Api approver, String organization, String action) {
    Api.Reply p =
        proposer.post(
            "/api/vetting/proposals",
            Map.of("organization", organization, "action", action, "reason", "test of " + action));
    assertEquals(201, p.status(), p::toString);
    Api.Reply a =
        approver.post("/api/vetting/proposals/" + p.json().get("id").asText() + "/approve", null);
    assertEquals(200, a.status(), a::toString);
  }

  private static List<JsonNode> listAll(Api api) {
    List<JsonNode> all = new ArrayList<>();
    String next = null;
    do {
      Api.Reply page = api.get("/api/alerts?limit=3" + (next == null ? "" : "&next=" + next));
      assertEquals(200, page.status(), page::toString);
      page.json().get("alerts").forEach(all::add);
      next = page.json().get("more").asBoolean() ? page.json().get("next").asText() : null;
    } while (next != null);
    return all;
  }

  private static Set<String> ids(List<JsonNode> alerts) {
    Set<String> ids = new HashSet<>();
    alerts.forEach(a -> ids.add(a.get("id").asText()));
    return ids;
  }

  private static Set<String> orgsOf(JsonNode memberships) {
    Set<String> orgs = new HashSet<>();
    memberships.forEach(m -> orgs.add(m.get("organization").asText()));
    return orgs;
  }

  private static Marking toMarking(JsonNode m) {
    return Marking.of(
        TlpLevel.parse(m.get("tlp").asText()),
        new OrganizationId(m.get("author").asText()),
        strings(m.get("organizations")),
        strings(m.get("communities")),
        strings(m.get("people")),
        m.hasNonNull("minTier") ? Tier.fromClaim(m.get("minTier").asText()) : null);
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> values = new HashSet<>();
    if (array != null) {
      array.forEach(v -> values.add(v.asText()));
    }
    return values;
  }

  /**
   * The viewer as the portal knows it now: vetted tier, standing and communities, read over the
   * API. The portal compares people by subject; over the API markings show them by user name, so
   * here the user name stands in for the subject on both sides.
   */
  private static Viewer viewerOf(String person, Api api) {
    Api.Reply me = api.get("/api/me");
    boolean operator = me.status() == 200 && strings(me.json().get("roles")).contains("operator");
    Api.Reply mine = api.get("/api/organizations/mine");
    if (mine.status() == 404) {
      return new Viewer(person, null, null, false, Set.of(), operator);
    }
    Set<String> communities = new HashSet<>();
    for (JsonNode c : api.get("/api/communities").json()) {
      if ("MEMBER".equals(c.path("myMembership").asText())) {
        communities.add(c.get("id").asText());
      }
    }
    return new Viewer(
        person,
        new OrganizationId(mine.json().get("id").asText()),
        Tier.fromClaim(mine.json().get("tier").asText()),
        mine.json().get("suspended").asBoolean(),
        communities,
        operator);
  }
}
