package org.scrmportal.it.taxii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertEnvelope;
import static org.scrmportal.it.taxii.TaxiiClient.SHARED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrmportal.it.taxii.TaxiiClient.Query;

/**
 * Paging while the collection grows: a reader pages through everything added after a point in time
 * while another client keeps adding new objects. No object that was there when paging began may be
 * skipped, and no object may come twice.
 */
@DisplayName("TAXII 2.1 section 3.5: Pagination, stable while objects are added")
class PagingStabilityIT extends TaxiiTest {

  private static final int BEFORE = 40;
  private static final int DURING = 25;
  private static final int PAGE = 3;

  @Test
  @DisplayName("3.5/5.4: Get Objects pages skip nothing and repeat nothing while objects are added")
  void getObjectsPagesAreStableWhileObjectsAreAdded() throws Exception {
    TaxiiClient alice = TaxiiClient.as("alice");
    assertStable(alice, query -> alice.objects(SHARED, query));
  }

  @Test
  @DisplayName("3.5/5.3: manifest pages skip nothing and repeat nothing while objects are added")
  void manifestPagesAreStableWhileObjectsAreAdded() throws Exception {
    TaxiiClient alice = TaxiiClient.as("alice");
    assertStable(alice, query -> alice.manifest(SHARED, query));
  }

  private static void assertStable(TaxiiClient reader, Function<Query, TaxiiClient.Reply> page)
      throws Exception {
    List<ObjectNode> before = StixSamples.indicators(BEFORE);
    reader.addAll(SHARED, before);
    Query since = Query.none().addedAfter(justBeforeTheFirstOf(reader, before));

    TaxiiClient adam = TaxiiClient.as("adam");
    List<String> addedDuring = Collections.synchronizedList(new ArrayList<>());
    ExecutorService writer = Executors.newSingleThreadExecutor();
    List<String> seen = new ArrayList<>();
    try {
      Future<?> writing =
          writer.submit(
              () -> {
                for (int i = 0; i < DURING; i++) {
                  ObjectNode o = StixSamples.indicator();
                  adam.addAll(SHARED, o);
                  addedDuring.add(StixSamples.id(o));
                  TaxiiClient.sleep(20);
                }
                return null;
              });
      for (int waited = 0; addedDuring.isEmpty() && waited < 30_000; waited += 10) {
        TaxiiClient.sleep(10); // page while the writer is at work, not before it starts
      }
      String next = null;
      int pages = 0;
      do {
        Query q = since.copy().limit(PAGE);
        if (next != null) {
          q.next(next);
        }
        JsonNode body = assertEnvelope(page.apply(q));
        assertTrue(body.path("objects").size() <= PAGE, () -> "at most limit: " + body);
        body.path("objects").forEach(o -> seen.add(o.path("id").asText()));
        next = body.path("more").asBoolean(false) ? body.path("next").asText() : null;
        pages++;
        TaxiiClient.sleep(40);
      } while (next != null && pages < 10_000);
      writing.get(2, TimeUnit.MINUTES);
    } finally {
      writer.shutdownNow();
    }

    Map<String, Integer> occurrences = TaxiiAssertions.occurrences(seen);
    occurrences.forEach(
        (id, n) -> assertEquals(1, n, () -> id + " came " + n + " times while paging"));
    for (String id : StixSamples.ids(before)) {
      assertTrue(occurrences.containsKey(id), () -> id + " was there before paging, and skipped");
    }
    Set<String> afterwards = Set.copyOf(TaxiiAssertions.ids(reader.allObjects(SHARED, since)));
    assertTrue(afterwards.containsAll(addedDuring), "every object added while paging is stored");
    assertTrue(
        afterwards.containsAll(occurrences.keySet()), "paging saw nothing that is not there");
  }

  /** A TAXII timestamp one microsecond before the earliest date_added of these objects. */
  private static String justBeforeTheFirstOf(TaxiiClient client, List<ObjectNode> objects) {
    Instant first = Instant.MAX;
    for (JsonNode record : client.allManifests(SHARED, Query.ids(StixSamples.ids(objects)))) {
      Instant added = Instant.parse(record.path("date_added").asText());
      first = added.isBefore(first) ? added : first;
    }
    assertTrue(first.isBefore(Instant.MAX), "the objects are in the manifest");
    return StixSamples.taxiiTimestamp(first.minus(1, ChronoUnit.MICROS));
  }
}
