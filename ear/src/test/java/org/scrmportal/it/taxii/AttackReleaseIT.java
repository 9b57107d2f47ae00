package org.scrmportal.it.taxii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scrmportal.it.taxii.TaxiiClient.SHARED;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrmportal.it.taxii.TaxiiClient.Query;

/**
 * A real feed through TAXII: the MITRE ATT&amp;CK for ICS v18.1 release (about 1,800 objects, STIX
 * 2.1 with MITRE's custom objects and properties; see NOTICE) is added in envelopes of at most
 * {@code max_content_length}, every object succeeds, and every {@code (id, version)} can be read
 * back.
 */
@DisplayName("A real STIX feed, MITRE ATT&CK for ICS, added and read back (TAXII 2.1 5.3, 5.5)")
class AttackReleaseIT extends TaxiiTest {

  private static final String RELEASE = "stix/attack/ics-attack-18.1.json";

  @Test
  @DisplayName("every object of the release is stored and listed with its version")
  void theReleaseIsStoredWholeAndReadBack() throws IOException {
    TaxiiClient alice = TaxiiClient.as("alice");
    List<JsonNode> objects = release();
    List<List<JsonNode>> envelopes = envelopes(objects, alice.maxContentLength());

    int succeeded = 0;
    for (List<JsonNode> envelope : envelopes) {
      JsonNode status = alice.add(SHARED, envelope);
      // the counts, not the lists of details: the status lists at most 1,000 of each kind
      assertEquals(envelope.size(), status.path("total_count").asInt(-1), "total_count");
      assertEquals(0, status.path("failure_count").asInt(-1), () -> failures(status));
      assertEquals(0, status.path("pending_count").asInt(-1), "pending_count");
      succeeded += status.path("success_count").asInt();
    }
    Set<String> expected = new TreeSet<>();
    Set<String> types = new TreeSet<>();
    for (JsonNode o : objects) {
      expected.add(key(o));
      types.add(o.path("type").asText());
    }
    assertEquals(objects.size(), succeeded, "every object succeeded");

    Set<String> listed = new HashSet<>();
    for (JsonNode o :
        alice.allObjects(SHARED, Query.none().type(types.toArray(String[]::new)).version("all"))) {
      listed.add(key(o));
    }
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(listed);
    assertTrue(missing.isEmpty(), () -> missing.size() + " not listed, e.g. " + first(missing));
  }

  private static String failures(JsonNode status) {
    return "failures: " + status.path("failures");
  }

  private static String key(JsonNode object) {
    return object.path("id").asText() + " " + object.path("modified").asText();
  }

  private static String first(Set<String> set) {
    return set.isEmpty() ? "" : set.iterator().next();
  }

  private static List<JsonNode> release() throws IOException {
    try (InputStream in = AttackReleaseIT.class.getClassLoader().getResourceAsStream(RELEASE)) {
      assertTrue(in != null, "test resource " + RELEASE);
      List<JsonNode> objects = new ArrayList<>();
      TaxiiClient.JSON.readTree(in).path("objects").forEach(objects::add);
      return objects;
    }
  }

  /**
   * The objects in envelopes whose JSON stays within {@code maxContentLength} bytes, marking
   * definitions first so that the objects they mark find them.
   */
  private static List<List<JsonNode>> envelopes(List<JsonNode> objects, long maxContentLength) {
    List<JsonNode> ordered = new ArrayList<>(objects);
    ordered.sort(Comparator.comparing(o -> !"marking-definition".equals(o.path("type").asText())));
    long budget = maxContentLength - 64; // {"objects":[ ... ]} and separators
    List<List<JsonNode>> envelopes = new ArrayList<>();
    List<JsonNode> current = new ArrayList<>();
    long size = 0;
    for (JsonNode o : ordered) {
      long bytes = o.toString().getBytes(StandardCharsets.UTF_8).length + 1;
      assertTrue(bytes <= budget, "one object fits in an envelope");
      if (size + bytes > budget) {
        envelopes.add(current);
        current = new ArrayList<>();
        size = 0;
      }
      current.add(o);
      size += bytes;
    }
    envelopes.add(current);
    return envelopes;
  }
}
