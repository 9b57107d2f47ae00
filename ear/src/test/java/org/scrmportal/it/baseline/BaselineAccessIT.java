package org.scrmportal.it.baseline;

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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.scrmportal.it.support.Deployments;

/**
 * Black-box, role x endpoint: who publishes baselines (standards editors only) and who reads which
 * publication (the one access policy: TLP:CLEAR for anyone, also without signing in; an AMBER one
 * for its audience only). A publication the caller may not see answers exactly like a missing one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BaselineAccessIT {

  /** An id no publication has. */
  private static final long MISSING = 987_654_321_012L;

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return Deployments.portal();
  }

  @Test
  @DisplayName(
      "every caller on every endpoint: CLEAR for all, AMBER for its audience, POST for editors")
  void roleByEndpoint() {
    BaselineClient sam = BaselineClient.as("sam");
    String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    long clear =
        sam.published(
                BaselineSamples.catalogJson("clear " + word),
                BaselineSamples.uniqueName("clear"),
                List.of(),
                "")
            .path("id")
            .asLong();
    long amber =
        sam.published(
                BaselineSamples.catalogJson("amber " + word),
                BaselineSamples.uniqueName("amber"),
                List.of(),
                "&tlp=AMBER")
            .path("id")
            .asLong();

    Map<String, Boolean> seesAmber = new LinkedHashMap<>();
    seesAmber.put("anonymous", false);
    seesAmber.put("alice", false); // submitter, acme-components
    seesAmber.put("gina", false); // analyst, ncsa
    seesAmber.put("olivia", false); // operator: no content beyond the rules
    seesAmber.put("sam", true); // standards editor of cyber-standards-board, the author

    List<String> suffixes =
        List.of("", "/versions", "/content", "/resolved", "/controls", "/controls/SR-1");
    List<Executable> checks = new ArrayList<>();
    for (Map.Entry<String, Boolean> caller : seesAmber.entrySet()) {
      String who = caller.getKey();
      BaselineClient client =
          who.equals("anonymous") ? BaselineClient.anonymous() : BaselineClient.as(who);
      for (String suffix : suffixes) {
        BaselineClient.Reply c = client.get("/api/baselines/" + clear + suffix);
        checks.add(() -> assertEquals(200, c.status(), who + " GET clear" + suffix + ": " + c));
        BaselineClient.Reply a = client.get("/api/baselines/" + amber + suffix);
        int expected = caller.getValue() ? 200 : 404;
        checks.add(
            () -> assertEquals(expected, a.status(), who + " GET amber" + suffix + ": " + a));
        if (!caller.getValue()) {
          BaselineClient.Reply m = client.get("/api/baselines/" + MISSING + suffix);
          checks.add(
              () ->
                  assertEquals(
                      m.toString(),
                      a.toString(),
                      who + ": the hidden publication reads like a missing one" + suffix));
        }
      }
      Set<Long> listed = new TreeSet<>();
      client.get("/api/baselines").json().forEach(p -> listed.add(p.path("id").asLong()));
      Set<Long> expectedListed = caller.getValue() ? Set.of(clear, amber) : Set.of(clear);
      checks.add(
          () ->
              assertEquals(
                  new TreeSet<>(expectedListed),
                  new TreeSet<>(listed.stream().filter(id -> id == clear || id == amber).toList()),
                  who + " lists"));
      Set<Long> found = new TreeSet<>();
      BaselineClient.Reply search = client.get("/api/baselines/controls?q=" + word);
      checks.add(() -> assertEquals(200, search.status(), who + " search: " + search));
      search.json().forEach(h -> found.add(h.path("publicationId").asLong()));
      checks.add(
          () -> assertEquals(new TreeSet<>(expectedListed), found, who + " finds by search"));

      BaselineClient.Reply post =
          client.publish(
              BaselineSamples.catalogJson("by " + who),
              BaselineSamples.uniqueName(who),
              List.of(),
              "");
      int expectedPost = who.equals("anonymous") ? 401 : who.equals("sam") ? 201 : 403;
      checks.add(() -> assertEquals(expectedPost, post.status(), who + " POST: " + post));
    }
    assertAll(checks);
  }

  @Test
  @DisplayName(
      "a profile imports an AMBER catalog its publisher may see, and names it as its catalog")
  void importsGoThroughThePolicy() {
    BaselineClient sam = BaselineClient.as("sam");
    String hidden = BaselineSamples.uniqueName("hidden");
    sam.published(BaselineSamples.catalogJson("hidden"), hidden, List.of(), "&tlp=AMBER");
    // sam may see it: the import resolves
    JsonNode ok =
        sam.published(
            BaselineSamples.profileImporting("sees it", "urn:scrm:baseline:" + hidden),
            BaselineSamples.uniqueName("sees"),
            List.of(),
            "&tlp=AMBER");
    assertEquals(List.of("sr-1", "sr-2"), sam.controlIds(ok.path("id").asLong()));
    assertEquals(hidden, ok.path("catalogName").asText());
  }
}
