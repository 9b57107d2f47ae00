package org.scrmportal.it.taxii;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertEnvelope;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertError;
import static org.scrmportal.it.taxii.TaxiiAssertions.ids;
import static org.scrmportal.it.taxii.TaxiiClient.SHARED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.scrmportal.it.taxii.TaxiiClient.Query;
import org.scrmportal.platform.TlpLevel;

/**
 * The access policy per object in the Shared indicators collection: an object's TLP comes from its
 * markings (TLP 2.0, TLP 1.0 mapped, granular markings; unmarked means the author's default,
 * AMBER), and whoever may not see an object finds no trace of it on any endpoint: not in listings,
 * not in the manifest, 404 for the object and its versions.
 */
@DisplayName("Access per object over TAXII (README access policy; TAXII 2.1 sections 5.3-5.8)")
class ObjectAccessIT extends TaxiiTest {

  @BeforeAll
  static void vettedTiers() {
    Portal.ensureDemoTiers();
  }

  @Test
  @DisplayName("AMBER+STRICT posted by Acme: invisible to Northgrid everywhere, visible to Acme")
  void amberStrictIsInvisibleToAnotherOrganization() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode indicator = StixSamples.marked(StixSamples.indicator(), TlpLevel.AMBER_STRICT);
    alice.addAll(SHARED, indicator);
    String id = StixSamples.id(indicator);

    assertAll(
        invisible(TaxiiClient.as("nora"), id),
        invisible(TaxiiClient.machine("northgrid-energy-machine"), id),
        invisible(TaxiiClient.as("gina"), id),
        visible(TaxiiClient.as("adam"), id),
        visible(TaxiiClient.machine("acme-components-machine"), id));
  }

  @Test
  @DisplayName("TLP:CLEAR posted by Acme: visible to every organization on every endpoint")
  void clearIsVisibleToEveryOrganization() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode indicator = StixSamples.marked(StixSamples.indicator(), TlpLevel.CLEAR);
    alice.addAll(SHARED, indicator);
    String id = StixSamples.id(indicator);

    assertAll(
        visible(TaxiiClient.as("nora"), id),
        visible(TaxiiClient.as("gina"), id),
        visible(TaxiiClient.as("sam"), id),
        visible(TaxiiClient.machine("ncsa-machine"), id));
  }

  @Test
  @DisplayName(
      "each TLP level posted by Acme: CLEAR and GREEN reach Northgrid, AMBER, AMBER+STRICT and RED do not")
  void eachLevelReachesWhomThePolicySays() {
    TaxiiClient alice = TaxiiClient.as("alice");
    TaxiiClient nora = TaxiiClient.as("nora");
    TaxiiClient adam = TaxiiClient.as("adam");
    Map<TlpLevel, String> ids = new LinkedHashMap<>();
    List<ObjectNode> objects = new ArrayList<>();
    for (TlpLevel level : TlpLevel.values()) {
      ObjectNode o = StixSamples.marked(StixSamples.indicator(), level);
      objects.add(o);
      ids.put(level, StixSamples.id(o));
    }
    alice.addAll(SHARED, objects);

    List<Executable> checks = new ArrayList<>();
    ids.forEach(
        (level, id) -> {
          boolean toNorthgrid = level == TlpLevel.CLEAR || level == TlpLevel.GREEN;
          checks.add(toNorthgrid ? visible(nora, id) : invisible(nora, id));
          checks.add(visible(adam, id)); // the author organization always (rule 3)
        });
    List<String> listed =
        ids(assertEnvelope(nora.objects(SHARED, Query.ids(List.copyOf(ids.values())))));
    checks.add(
        () ->
            assertEquals(
                Set.of(ids.get(TlpLevel.CLEAR), ids.get(TlpLevel.GREEN)),
                Set.copyOf(listed),
                "one listing of all five shows Northgrid exactly CLEAR and GREEN"));
    assertAll(checks);
  }

  @Test
  @DisplayName("unmarked objects get the author's default, AMBER: visible to Acme only")
  void unmarkedMeansTheAuthorsDefaultAmber() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode indicator = StixSamples.indicator();
    alice.addAll(SHARED, indicator);
    String id = StixSamples.id(indicator);

    assertAll(
        invisible(TaxiiClient.as("nora"), id),
        invisible(TaxiiClient.as("sam"), id),
        visible(TaxiiClient.as("adam"), id));
  }

  @Test
  @DisplayName("TLP 1.0 markings are mapped: TLP:WHITE (STIX 2.1 7.2.1.4) is read as CLEAR")
  void tlp1WhiteIsReadAsClear() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode indicator =
        StixSamples.withMarkingRefs(StixSamples.indicator(), StixSamples.tlp1White());
    alice.addAll(SHARED, indicator);

    assertAll(visible(TaxiiClient.as("nora"), StixSamples.id(indicator)));
  }

  @Test
  @DisplayName("a granular RED marking (STIX 2.1 7.2.3) on one property makes the whole object RED")
  void aGranularMarkingRestrictsTheWholeObject() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode indicator =
        StixSamples.clearWithGranular(StixSamples.indicator(), "description", TlpLevel.RED);
    alice.addAll(SHARED, indicator);
    String id = StixSamples.id(indicator);

    assertAll(invisible(TaxiiClient.as("nora"), id), visible(TaxiiClient.as("adam"), id));
  }

  @Test
  @DisplayName(
      "the most restrictive of several markings decides (CLEAR and AMBER+STRICT: AMBER+STRICT)")
  void theMostRestrictiveMarkingDecides() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode indicator =
        StixSamples.withMarkingRefs(
            StixSamples.indicator(),
            TlpLevel.CLEAR.stixMarkingDefinition(),
            TlpLevel.AMBER_STRICT.stixMarkingDefinition());
    alice.addAll(SHARED, indicator);

    assertAll(invisible(TaxiiClient.as("gina"), StixSamples.id(indicator)));
  }

  @Test
  @DisplayName("a newer version marked AMBER+STRICT hides the object from those who saw it CLEAR")
  void aStricterNewerVersionHidesTheObject() {
    TaxiiClient alice = TaxiiClient.as("alice");
    TaxiiClient nora = TaxiiClient.as("nora");
    ObjectNode v1 = StixSamples.marked(StixSamples.indicator(), TlpLevel.CLEAR);
    ObjectNode v2 = StixSamples.marked(StixSamples.newerVersion(v1, 1), TlpLevel.AMBER_STRICT);
    String id = StixSamples.id(v1);
    alice.addAll(SHARED, v1);
    assertAll(visible(nora, id));

    alice.addAll(SHARED, v2);

    // The contract leaves open whether nora then sees v1 still or nothing at all; what she must
    // not see is v2, on any endpoint.
    JsonNode all = assertEnvelope(nora.objects(SHARED, Query.ids(id).version("all")));
    assertTrue(
        TaxiiAssertions.modifieds(all).stream().noneMatch(StixSamples.modified(v2)::equals),
        () -> "nora does not see the AMBER+STRICT version: " + all);
    TaxiiClient.Reply versions = nora.versions(SHARED, id, Query.none());
    if (versions.status() != 404) {
      List<Instant> seen = new ArrayList<>();
      assertEnvelope(versions).path("versions").forEach(v -> seen.add(Instant.parse(v.asText())));
      assertFalse(
          seen.contains(StixSamples.modified(v2)), () -> "not in nora's versions: " + versions);
    }
    TaxiiClient.Reply object = nora.object(SHARED, id, Query.none().version("all"));
    if (object.status() != 404) {
      assertFalse(
          TaxiiAssertions.modifieds(assertEnvelope(object)).contains(StixSamples.modified(v2)),
          () -> "not by its id: " + object);
    }
    for (JsonNode record :
        assertEnvelope(nora.manifest(SHARED, Query.ids(id).version("all"))).path("objects")) {
      assertFalse(
          Instant.parse(record.path("version").asText()).equals(StixSamples.modified(v2)),
          () -> "not in nora's manifest: " + record);
    }
    assertEquals(
        Set.of(StixSamples.modified(v2)),
        TaxiiAssertions.modifieds(assertEnvelope(alice.objects(SHARED, Query.ids(id)))),
        "alice sees the newer version");
  }

  @Test
  @DisplayName(
      "TLP:RED for a person named by user name: that person sees it, a colleague in their"
          + " organization and everyone elsewhere do not")
  void redForANamedPersonIsForThatPersonOnly() {
    TaxiiClient nora = TaxiiClient.as("nora");
    TaxiiClient adam = TaxiiClient.as("adam"); // signs in, so the portal knows who "adam" is
    ObjectNode indicator = StixSamples.indicator();
    String id = StixSamples.id(indicator);

    JsonNode status = uploadOverRest(nora, "tlp=RED&person=adam", indicator);

    assertEquals(1, status.path("successes").asInt(), status::toString);
    assertAll(
        visible(adam, id),
        visible(nora, id), // the author organization
        invisible(TaxiiClient.as("alice"), id), // adam's colleague at Acme
        invisible(TaxiiClient.machine("acme-components-machine"), id),
        invisible(TaxiiClient.as("gina"), id),
        invisible(TaxiiClient.as("olivia"), id));
  }

  @Test
  @DisplayName("naming a person no one has signed in as is refused (400, naming them); none stored")
  void namingAnUnknownPersonIsRefused() {
    TaxiiClient nora = TaxiiClient.as("nora");
    ObjectNode indicator = StixSamples.indicator();
    String nobody = "nobody-" + java.util.UUID.randomUUID();

    TaxiiClient.Reply refused =
        uploadReply(nora, "tlp=RED&person=adam&person=" + nobody, indicator);

    assertEquals(400, refused.status(), refused::toString);
    assertTrue(refused.text().contains(nobody), refused::toString);
    assertFalse(refused.text().contains("\"adam\""), "only the unknown is named: " + refused);
    assertAll(invisible(nora, StixSamples.id(indicator)));
  }

  /** Uploads one bundle through the portal API ({@code /api/stix/bundles}); its complete status. */
  private static JsonNode uploadOverRest(TaxiiClient client, String query, ObjectNode object) {
    TaxiiClient.Reply reply = uploadReply(client, query, object);
    assertEquals(202, reply.status(), reply::toString);
    JsonNode status = reply.json();
    long deadline = System.nanoTime() + TaxiiClient.STATUS_TIMEOUT.toNanos();
    while (!"complete".equals(status.path("status").asText())) {
      assertTrue(System.nanoTime() < deadline, () -> "still pending: " + reply);
      TaxiiClient.sleep(200);
      TaxiiClient.Reply polled =
          client.send(
              "GET",
              "/api/stix/status/" + status.path("id").asText(),
              Map.of("Accept", "application/json"),
              null,
              false);
      assertEquals(200, polled.status(), polled::toString);
      status = polled.json();
    }
    return status;
  }

  private static TaxiiClient.Reply uploadReply(
      TaxiiClient client, String query, ObjectNode object) {
    ObjectNode bundle = TaxiiClient.JSON.createObjectNode();
    bundle.put("type", "bundle");
    bundle.put("id", "bundle--" + java.util.UUID.randomUUID());
    bundle.putArray("objects").add(object);
    return client.send(
        "POST",
        "/api/stix/bundles?" + query,
        Map.of("Content-Type", "application/json", "Accept", "application/json"),
        bundle.toString(),
        false);
  }

  /** {@code client} finds no trace of {@code id}: listing, manifest, object, versions. */
  private static Executable invisible(TaxiiClient client, String id) {
    TaxiiClient.Reply listing = client.objects(SHARED, Query.ids(id).version("all"));
    TaxiiClient.Reply manifest = client.manifest(SHARED, Query.ids(id).version("all"));
    TaxiiClient.Reply object = client.object(SHARED, id);
    TaxiiClient.Reply versions = client.versions(SHARED, id, Query.none());
    String who = client.name() + " must not see " + id;
    return () ->
        assertAll(
            () -> assertEquals(List.of(), ids(assertEnvelope(listing)), who + " in the listing"),
            () -> assertEquals(List.of(), ids(assertEnvelope(manifest)), who + " in the manifest"),
            () -> assertError(object, 404),
            () -> assertError(versions, 404));
  }

  /** {@code client} finds {@code id} on every endpoint. */
  private static Executable visible(TaxiiClient client, String id) {
    TaxiiClient.Reply listing = client.objects(SHARED, Query.ids(id));
    TaxiiClient.Reply manifest = client.manifest(SHARED, Query.ids(id));
    TaxiiClient.Reply object = client.object(SHARED, id);
    TaxiiClient.Reply versions = client.versions(SHARED, id, Query.none());
    String who = client.name() + " must see " + id;
    return () ->
        assertAll(
            () -> assertEquals(List.of(id), ids(assertEnvelope(listing)), who + " in the listing"),
            () ->
                assertEquals(List.of(id), ids(assertEnvelope(manifest)), who + " in the manifest"),
            () -> assertEquals(List.of(id), ids(assertEnvelope(object)), who + " by its id"),
            () ->
                assertTrue(
                    assertEnvelope(versions).path("versions").size() >= 1,
                    () -> who + " in versions: " + versions));
  }
}
