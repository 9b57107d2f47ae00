package org.scrmportal.it.csaf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.scrmportal.it.support.Deployments;

/**
 * Black-box: who sees which advisory, for every demo role and two organizations. The CSAF TLP label
 * gives the portal marking (WHITE is TLP:CLEAR), the submitter adds an audience, and a draft is for
 * its organization only; listings, documents, metadata and verdicts all follow the one access
 * policy, and what a caller may not see reads as absent (404).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdvisoryAccessIT {

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return Deployments.portal();
  }

  @Test
  void everyCallerSeesWhatTheMarkingsAllow() {
    String namespace = CsafClient.uniqueNamespace("acme");
    CsafClient.as("olivia").grant("acme-components", namespace);
    CsafClient alice = CsafClient.as("alice");
    CsafClient.as("nora"); // a person is named once the portal has seen them sign in
    String run = UUID.randomUUID().toString().substring(0, 8);

    Map<String, Long> ids = new LinkedHashMap<>();
    ids.put("white", submit(alice, namespace, "W-" + run, "WHITE", "final", ""));
    ids.put("green", submit(alice, namespace, "G-" + run, "GREEN", "final", ""));
    ids.put("amber", submit(alice, namespace, "A-" + run, "AMBER", "final", ""));
    ids.put(
        "amber-northgrid",
        submit(alice, namespace, "AN-" + run, "AMBER", "final", "?organization=northgrid-energy"));
    ids.put("red", submit(alice, namespace, "R-" + run, "RED", "final", ""));
    ids.put("red-nora", submit(alice, namespace, "RN-" + run, "RED", "final", "?person=nora"));
    ids.put("draft", submit(alice, namespace, "D-" + run, "WHITE", "draft", ""));

    Set<String> acmeSees = ids.keySet();
    Set<String> vetted = Set.of("white", "green");
    Map<String, Set<String>> expected = new LinkedHashMap<>();
    expected.put("anonymous", Set.of("white"));
    expected.put("alice", acmeSees); // acme-components, the author
    expected.put("adam", acmeSees); // acme-components
    expected.put("nora", Set.of("white", "green", "amber-northgrid", "red-nora")); // T2
    expected.put("gina", vetted); // ncsa, T3 agency
    expected.put("sam", vetted); // cyber-standards-board, T1
    expected.put("olivia", vetted); // operator: no content beyond the rules, no drafts
    expected.put("victor", Set.of("white")); // no organization

    List<Executable> checks = new ArrayList<>();
    for (Map.Entry<String, Set<String>> caller : expected.entrySet()) {
      CsafClient client =
          caller.getKey().equals("anonymous")
              ? CsafClient.anonymous()
              : CsafClient.as(caller.getKey());
      Set<String> listed = new TreeSet<>();
      JsonNode page =
          client.get("/api/csaf/advisories?publisher=acme-components&limit=1000").json();
      page.path("advisories")
          .forEach(
              a ->
                  ids.forEach(
                      (name, id) -> {
                        if (a.path("id").asLong() == id) {
                          listed.add(name);
                        }
                      }));
      checks.add(
          () -> assertEquals(new TreeSet<>(caller.getValue()), listed, caller.getKey() + " lists"));
      for (Map.Entry<String, Long> advisory : ids.entrySet()) {
        int status = caller.getValue().contains(advisory.getKey()) ? 200 : 404;
        for (String suffix : List.of("", "/metadata", "/verdict", "/revisions")) {
          String path = "/api/csaf/advisories/" + advisory.getValue() + suffix;
          CsafClient.Reply reply = client.get(path);
          checks.add(
              () ->
                  assertEquals(
                      status,
                      reply.status(),
                      caller.getKey() + " GET " + advisory.getKey() + suffix + ": " + reply));
        }
      }
    }
    assertAll(checks);

    JsonNode white = alice.get("/api/csaf/advisories/" + ids.get("white") + "/metadata").json();
    assertEquals("CLEAR", white.path("tlp").asText(), "TLP:WHITE is TLP:CLEAR");
    JsonNode draft = alice.get("/api/csaf/advisories/" + ids.get("draft") + "/metadata").json();
    assertEquals("draft", draft.path("status").asText());
    assertEquals("AMBER+STRICT", draft.path("tlp").asText(), "a draft is for its organization");
  }

  private static long submit(
      CsafClient client, String namespace, String id, String tlp, String status, String query) {
    CsafClient.Reply reply =
        client.submit(
            CsafSamples.advisory()
                .namespace(namespace)
                .trackingId(id)
                .tlp(tlp)
                .status(status)
                .bytes(),
            query);
    assertEquals(201, reply.status(), id + ": " + reply);
    return reply.json().path("id").asLong();
  }
}
