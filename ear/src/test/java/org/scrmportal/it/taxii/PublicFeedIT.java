package org.scrmportal.it.taxii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertEnvelope;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertError;
import static org.scrmportal.it.taxii.TaxiiAssertions.ids;
import static org.scrmportal.it.taxii.TaxiiClient.SHARED;
import static org.scrmportal.it.taxii.TaxiiClient.TIER_T2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrmportal.it.support.Tokens;
import org.scrmportal.it.taxii.TaxiiClient.Query;
import org.scrmportal.platform.TlpLevel;
import org.scrmportal.taxii.TaxiiCollection;

/**
 * The README's access rule 1, "TLP:CLEAR: anyone, also without signing in", over TAXII: a public,
 * read-only collection that shows the TLP:CLEAR objects of the shared collection to callers without
 * credentials (as CISA AIS and CSAF providers publish public data), while every other collection
 * and endpoint still takes credentials, and credentials that sign nobody in are never taken for
 * none.
 */
@DisplayName("README access rule 1: the public TLP:CLEAR feed over TAXII 2.1")
class PublicFeedIT extends TaxiiTest {

  private static final String PUBLIC = TaxiiCollection.PUBLIC;

  @Test
  @DisplayName("without credentials the public feed shows the CLEAR object and none of the others")
  void onlyClearObjectsAreReadWithoutCredentials() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode clear = StixSamples.marked(StixSamples.indicator(), TlpLevel.CLEAR);
    ObjectNode green = StixSamples.marked(StixSamples.indicator(), TlpLevel.GREEN);
    ObjectNode amber = StixSamples.marked(StixSamples.indicator(), TlpLevel.AMBER);
    ObjectNode partlyGreen =
        StixSamples.clearWithGranular(StixSamples.indicator(), "pattern", TlpLevel.GREEN);
    List<ObjectNode> all = List.of(clear, green, amber, partlyGreen);
    alice.addAll(SHARED, all);
    List<String> allIds = StixSamples.ids(all);
    assertEquals(
        Set.copyOf(allIds),
        Set.copyOf(ids(assertEnvelope(alice.objects(SHARED, Query.ids(allIds))))),
        "all four are stored in the shared collection, and Acme sees them there");
    String clearId = StixSamples.id(clear);

    TaxiiClient nobody = TaxiiClient.anonymous();
    assertEquals(List.of(clearId), ids(assertEnvelope(nobody.objects(PUBLIC, Query.ids(allIds)))));
    assertEquals(List.of(clearId), ids(assertEnvelope(nobody.manifest(PUBLIC, Query.ids(allIds)))));
    JsonNode object = assertEnvelope(nobody.object(PUBLIC, clearId));
    assertEquals(List.of(clearId), ids(object));
    assertEquals(clear.get("pattern"), object.path("objects").get(0).get("pattern"));
    JsonNode versions = assertEnvelope(nobody.versions(PUBLIC, clearId, Query.none()));
    assertEquals(1, versions.path("versions").size(), versions::toString);
    for (ObjectNode hidden : List.of(green, amber, partlyGreen)) {
      String id = StixSamples.id(hidden);
      assertError(nobody.object(PUBLIC, id), 404);
      assertError(nobody.versions(PUBLIC, id, Query.none()), 404);
    }
    assertEquals(
        List.of(clearId),
        ids(assertEnvelope(alice.objects(PUBLIC, Query.ids(allIds)))),
        "signed in, the public feed is still the public view, even for the author");
  }

  @Test
  @DisplayName("a newer version marked AMBER takes the object out of the public feed")
  void aStricterNewerVersionLeavesThePublicFeed() {
    TaxiiClient alice = TaxiiClient.as("alice");
    TaxiiClient nobody = TaxiiClient.anonymous();
    ObjectNode v1 = StixSamples.marked(StixSamples.indicator(), TlpLevel.CLEAR);
    ObjectNode v2 = StixSamples.marked(StixSamples.newerVersion(v1, 1), TlpLevel.AMBER);
    String id = StixSamples.id(v1);
    alice.addAll(SHARED, v1);
    assertEquals(List.of(id), ids(assertEnvelope(nobody.objects(PUBLIC, Query.ids(id)))));

    alice.addAll(SHARED, v2);

    JsonNode seen = assertEnvelope(nobody.objects(PUBLIC, Query.ids(id).version("all")));
    assertTrue(
        TaxiiAssertions.modifieds(seen).stream().noneMatch(StixSamples.modified(v2)::equals),
        () -> "the AMBER version is not public: " + seen);
  }

  @Test
  @DisplayName("discovery, the API root and the collection list answer without credentials")
  void discoveryApiRootAndCollectionsAreOpen() {
    TaxiiClient nobody = TaxiiClient.anonymous();

    JsonNode discovery = nobody.discovery().json();
    assertEquals(200, nobody.discovery().status());
    assertTrue(
        discovery.path("api_roots").toString().contains("/taxii2/scrm/"), discovery::toString);
    TaxiiClient.Reply root = nobody.apiRoot();
    assertEquals(200, root.status(), root::toString);
    assertTrue(root.json().path("versions").toString().contains("taxii+json"), root::toString);

    Map<String, JsonNode> collections = CollectionsIT.byId(nobody.collections());
    assertEquals(Set.of(PUBLIC), collections.keySet(), "only the public collection");
    JsonNode publicFeed = collections.get(PUBLIC);
    assertTrue(publicFeed.path("can_read").asBoolean(), publicFeed::toString);
    assertFalse(publicFeed.path("can_write").asBoolean(true), publicFeed::toString);
    TaxiiClient.Reply one = nobody.collection(PUBLIC);
    assertEquals(200, one.status(), one::toString);
    assertEquals(publicFeed, one.json());
  }

  @Test
  @DisplayName("signed-in callers see the public collection beside their own, read-only")
  void signedInCallersSeeThePublicCollectionToo() {
    for (TaxiiClient caller :
        List.of(
            TaxiiClient.as("alice"),
            TaxiiClient.as("sam"),
            TaxiiClient.basic("acme-components-machine", "acme-components-machine-secret"))) {
      Map<String, JsonNode> collections = CollectionsIT.byId(caller.collections());
      assertTrue(
          collections.keySet().containsAll(Set.of(SHARED, PUBLIC)),
          () -> caller.name() + " is signed in on the open path too: " + collections.keySet());
      assertTrue(collections.get(PUBLIC).path("can_read").asBoolean(), caller.name());
      assertFalse(collections.get(PUBLIC).path("can_write").asBoolean(true), caller.name());
    }
  }

  @Test
  @DisplayName("everything else still takes credentials: 401 without them")
  void everyOtherEndpointStaysClosed() {
    TaxiiClient nobody = TaxiiClient.anonymous();
    String object = StixSamples.unknownId("indicator");
    for (TaxiiClient.Reply reply :
        List.of(
            nobody.collection(SHARED),
            nobody.objects(SHARED, Query.none()),
            nobody.manifest(SHARED, Query.none()),
            nobody.object(SHARED, object),
            nobody.versions(SHARED, object, Query.none()),
            nobody.objects(TIER_T2, Query.none()),
            nobody.objects(UUID.randomUUID().toString(), Query.none()),
            nobody.status(UUID.randomUUID().toString()))) {
      assertError(reply, 401);
      assertFalse(reply.header("WWW-Authenticate").orElse("").isBlank(), reply::toString);
    }
  }

  @Test
  @DisplayName("the public collection is read-only: 401 without credentials, 403 signed in")
  void writesToThePublicCollectionAreRefused() {
    ObjectNode clear = StixSamples.marked(StixSamples.indicator(), TlpLevel.CLEAR);
    String id = StixSamples.id(clear);
    TaxiiClient alice = TaxiiClient.as("alice");

    assertError(TaxiiClient.anonymous().postEnvelope(PUBLIC, List.of(clear)), 401);
    assertError(alice.postEnvelope(PUBLIC, List.of(clear)), 403);
    assertError(alice.object(SHARED, id), 404);
    assertError(TaxiiClient.anonymous().object(PUBLIC, id), 404);

    alice.addAll(SHARED, clear);
    assertError(TaxiiClient.anonymous().deleteObject(PUBLIC, id, Query.none()), 401);
    assertError(alice.deleteObject(PUBLIC, id, Query.none()), 403);
    assertEquals(
        List.of(id), ids(assertEnvelope(TaxiiClient.anonymous().object(PUBLIC, id))), "kept");
  }

  @Test
  @DisplayName("credentials that sign nobody in are 401 on the open paths too, never anonymous")
  void badCredentialsAreNeverTakenForNone() {
    String[] parts = Tokens.forUser("alice").split("\\.");
    String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
    for (TaxiiClient caller :
        List.of(
            TaxiiClient.withAuthorization("garbage bearer", "Bearer not-a-jwt"),
            TaxiiClient.withAuthorization("tampered bearer", "Bearer " + tampered),
            TaxiiClient.basic("acme-components-machine", "wrong-secret"),
            TaxiiClient.withAuthorization("unknown scheme", "Negotiate abc"))) {
      for (TaxiiClient.Reply reply :
          List.of(
              caller.discovery(),
              caller.apiRoot(),
              caller.collections(),
              caller.collection(PUBLIC),
              caller.objects(PUBLIC, Query.none()),
              caller.manifest(PUBLIC, Query.none()))) {
        assertError(reply, 401);
        assertTrue(
            reply.headers().allValues("WWW-Authenticate").stream()
                .anyMatch(c -> c.startsWith("Bearer")),
            () -> caller.name() + ": " + reply.headers().map());
      }
    }
  }
}
