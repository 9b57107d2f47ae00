package org.scrmportal.it.taxii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertEnvelope;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertError;
import static org.scrmportal.it.taxii.TaxiiAssertions.ids;
import static org.scrmportal.it.taxii.TaxiiAssertions.modifieds;
import static org.scrmportal.it.taxii.TaxiiClient.SHARED;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrmportal.it.taxii.TaxiiClient.Query;
import org.scrmportal.platform.TlpLevel;

/**
 * Delete an Object: {@code DELETE .../collections/{id}/objects/{object-id}/}, by the author
 * organization only.
 */
@DisplayName("TAXII 2.1 section 5.7: Delete an Object")
class DeleteAnObjectIT extends TaxiiTest {

  @Test
  @DisplayName("5.7: the author deletes an object: 200, then it is gone from every endpoint")
  void theAuthorDeletesAnObject() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode indicator = StixSamples.marked(StixSamples.indicator(), TlpLevel.CLEAR);
    String id = StixSamples.id(indicator);
    alice.addAll(SHARED, indicator);

    TaxiiClient.Reply deleted = alice.deleteObject(SHARED, id, Query.none());

    assertEquals(200, deleted.status(), deleted::toString);
    assertGone(alice, id);
    assertGone(TaxiiClient.as("nora"), id);
  }

  @Test
  @DisplayName("5.7: anyone of the author organization deletes, a person or a machine client")
  void theAuthorOrganizationDeletes() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode first = StixSamples.indicator();
    ObjectNode second = StixSamples.indicator();
    alice.addAll(SHARED, first, second);

    TaxiiClient.Reply byAdam =
        TaxiiClient.as("adam").deleteObject(SHARED, StixSamples.id(first), Query.none());
    TaxiiClient.Reply byMachine =
        TaxiiClient.machine("acme-components-machine")
            .deleteObject(SHARED, StixSamples.id(second), Query.none());

    assertEquals(200, byAdam.status(), byAdam::toString);
    assertEquals(200, byMachine.status(), byMachine::toString);
    assertGone(alice, StixSamples.id(first));
    assertGone(alice, StixSamples.id(second));
  }

  @Test
  @DisplayName("5.7: another organization cannot delete an object it sees (403 or 404); it stays")
  void anotherOrganizationCannotDeleteAnObjectItSees() {
    TaxiiClient alice = TaxiiClient.as("alice");
    TaxiiClient nora = TaxiiClient.as("nora");
    ObjectNode indicator = StixSamples.marked(StixSamples.indicator(), TlpLevel.CLEAR);
    String id = StixSamples.id(indicator);
    alice.addAll(SHARED, indicator);
    assertEquals(List.of(id), ids(assertEnvelope(nora.object(SHARED, id))), "nora sees it");

    TaxiiClient.Reply refused = nora.deleteObject(SHARED, id, Query.none());

    // The contract says "by the author organization only" without naming the status.
    assertTrue(refused.status() == 403 || refused.status() == 404, refused::toString);
    assertError(refused, refused.status());
    assertEquals(List.of(id), ids(assertEnvelope(alice.object(SHARED, id))), "still there");
    assertEquals(List.of(id), ids(assertEnvelope(nora.object(SHARED, id))), "still there");
  }

  @Test
  @DisplayName("5.7: deleting an object the caller may not see is 404, as if it did not exist")
  void deletingAnInvisibleObjectIs404() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode indicator = StixSamples.marked(StixSamples.indicator(), TlpLevel.AMBER_STRICT);
    String id = StixSamples.id(indicator);
    alice.addAll(SHARED, indicator);

    TaxiiClient.Reply refused = TaxiiClient.as("nora").deleteObject(SHARED, id, Query.none());

    // 5.7: 404 "... or the client does not have access to the object resource"; a 403 would
    // tell nora that the object exists.
    assertError(refused, 404);
    assertEquals(List.of(id), ids(assertEnvelope(alice.object(SHARED, id))), "still there");
  }

  @Test
  @DisplayName("5.7: deleting an unknown object is 404")
  void deletingAnUnknownObjectIs404() {
    assertError(
        TaxiiClient.as("alice")
            .deleteObject(SHARED, StixSamples.unknownId("indicator"), Query.none()),
        404);
  }

  @Test
  @DisplayName("5.7/3.4.1: match[version] deletes only that version; the others stay")
  void matchVersionDeletesOnlyThatVersion() {
    // 5.7 takes match[version] and match[spec_version]; the contract does not mention them.
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode v1 = StixSamples.indicator();
    ObjectNode v2 = StixSamples.newerVersion(v1, 1);
    String id = StixSamples.id(v1);
    alice.addAll(SHARED, v1);
    alice.addAll(SHARED, v2);

    TaxiiClient.Reply deleted =
        alice.deleteObject(SHARED, id, Query.none().version(v2.path("modified").asText()));

    assertEquals(200, deleted.status(), deleted::toString);
    assertEquals(
        Set.of(StixSamples.modified(v1)),
        modifieds(assertEnvelope(alice.objects(SHARED, Query.ids(id).version("all")))),
        "only the first version is left");
    assertEquals(
        Set.of(StixSamples.modified(v1)),
        modifieds(assertEnvelope(alice.object(SHARED, id))),
        "and it is now the latest");
  }

  @Test
  @DisplayName("5.7: without credentials, deleting is 401 and the object stays")
  void deletingWithoutCredentialsIs401() {
    TaxiiClient alice = TaxiiClient.as("alice");
    ObjectNode indicator = StixSamples.marked(StixSamples.indicator(), TlpLevel.CLEAR);
    alice.addAll(SHARED, indicator);

    assertError(
        TaxiiClient.anonymous().deleteObject(SHARED, StixSamples.id(indicator), Query.none()), 401);
    assertEquals(1, ids(assertEnvelope(alice.object(SHARED, StixSamples.id(indicator)))).size());
  }

  /** Gone: 404 for the object and its versions, absent from listings and the manifest. */
  private static void assertGone(TaxiiClient client, String id) {
    assertError(client.object(SHARED, id), 404);
    assertError(client.versions(SHARED, id, Query.none()), 404);
    assertTrue(
        ids(assertEnvelope(client.objects(SHARED, Query.ids(id).version("all")))).isEmpty(),
        () -> client.name() + " no longer lists " + id);
    assertTrue(
        ids(assertEnvelope(client.manifest(SHARED, Query.ids(id).version("all")))).isEmpty(),
        () -> client.name() + " no longer finds " + id + " in the manifest");
  }
}
