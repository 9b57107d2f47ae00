package org.scrmportal.it.taxii;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What every TAXII 2.1 answer must look like, checked the same way in every test. */
final class TaxiiAssertions {

  /**
   * The TAXII timestamp (TAXII 2.1 section 2, "timestamp"): RFC 3339 in UTC with "Z" and, unlike
   * STIX timestamps, exactly microsecond precision.
   */
  static final Pattern TAXII_TIMESTAMP =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z");

  private TaxiiAssertions() {}

  /**
   * Whether a Content-Type is the TAXII 2.1 media type, whatever the spacing, case and extra
   * parameters (charset).
   */
  static boolean isTaxii(String contentType) {
    String[] parts = contentType.toLowerCase(Locale.ROOT).replace(" ", "").split(";");
    return parts[0].equals("application/taxii+json")
        && Arrays.asList(parts).subList(1, parts.length).contains("version=2.1");
  }

  static void assertTaxiiMediaType(TaxiiClient.Reply reply) {
    assertTrue(
        isTaxii(reply.contentType()),
        () -> "Content-Type is " + TaxiiClient.MEDIA_TYPE + ": " + reply);
  }

  /**
   * A TAXII error message (TAXII 2.1 section 3.6.1) with this HTTP status: the TAXII media type, a
   * title, and http_status as a string equal to the status.
   */
  static JsonNode assertError(TaxiiClient.Reply reply, int status) {
    assertEquals(status, reply.status(), reply::toString);
    assertTaxiiMediaType(reply);
    JsonNode error = reply.json();
    assertTrue(error.isObject(), () -> "an error message is a JSON object: " + reply);
    assertTrue(
        error.path("title").isTextual() && !error.path("title").asText().isBlank(),
        () -> "an error message has a title (3.6.1): " + reply);
    assertTrue(
        error.path("http_status").isTextual(), () -> "http_status is a string (3.6.1): " + reply);
    assertEquals(
        Integer.toString(status), error.path("http_status").asText(), "http_status of " + reply);
    for (String text : List.of("description", "error_id", "error_code", "external_details")) {
      if (error.has(text)) {
        assertTrue(error.get(text).isTextual(), () -> text + " is a string (3.6.1): " + reply);
      }
    }
    if (error.has("details")) {
      assertTrue(error.get("details").isObject(), () -> "details is a dictionary: " + reply);
    }
    return error;
  }

  /**
   * A 200 with an envelope-shaped body (TAXII 2.1 section 3.7, also manifests and versions): {@code
   * more} a boolean when present, {@code next} present when {@code more} is true.
   */
  static JsonNode assertEnvelope(TaxiiClient.Reply reply) {
    assertEquals(200, reply.status(), reply::toString);
    assertTaxiiMediaType(reply);
    JsonNode body = reply.json();
    assertTrue(body.isObject(), reply::toString);
    if (body.has("more")) {
      assertTrue(body.get("more").isBoolean(), () -> "more is a boolean: " + reply);
    }
    if (body.path("more").asBoolean(false)) {
      assertTrue(
          body.path("next").isTextual() && !body.path("next").asText().isEmpty(),
          () -> "more is true, so next says where the next page starts (3.5): " + reply);
    }
    for (String list : List.of("objects", "versions")) {
      if (body.has(list)) {
        assertTrue(body.get(list).isArray(), () -> list + " is a list: " + reply);
      }
    }
    return body;
  }

  /** The ids of an envelope's objects (or a manifest's records), in order. */
  static List<String> ids(JsonNode envelope) {
    List<String> ids = new ArrayList<>();
    envelope.path("objects").forEach(o -> ids.add(o.path("id").asText()));
    return ids;
  }

  static List<String> ids(List<JsonNode> objects) {
    return objects.stream().map(o -> o.path("id").asText()).toList();
  }

  /** The objects of an envelope, in order. */
  static List<JsonNode> objects(JsonNode envelope) {
    List<JsonNode> objects = new ArrayList<>();
    envelope.path("objects").forEach(objects::add);
    return objects;
  }

  /** The {@code modified} of each object, as instants (timestamps compare by instant). */
  static Set<Instant> modifieds(JsonNode envelope) {
    return objects(envelope).stream()
        .map(o -> Instant.parse(o.path("modified").asText()))
        .collect(Collectors.toSet());
  }

  /** How often each id occurs. */
  static Map<String, Integer> occurrences(List<String> ids) {
    Map<String, Integer> counts = new HashMap<>();
    ids.forEach(id -> counts.merge(id, 1, Integer::sum));
    return counts;
  }

  /** A status resource (section 4.3.1) whose counts add up. */
  static void assertStatusCountsAddUp(JsonNode status) {
    int total = status.path("total_count").asInt(-1);
    int success = status.path("success_count").asInt(-1);
    int failure = status.path("failure_count").asInt(-1);
    int pending = status.path("pending_count").asInt(-1);
    assertTrue(total >= 0 && success >= 0 && failure >= 0 && pending >= 0, status::toString);
    assertEquals(total, success + failure + pending, () -> "counts add up: " + status);
    assertDetailsCount(status, "successes", success);
    assertDetailsCount(status, "failures", failure);
    assertDetailsCount(status, "pendings", pending);
  }

  /**
   * The status details of one kind: absent or as many as counted, each with an id and a version
   * (section 4.3.1, status-details: id and version required).
   */
  private static void assertDetailsCount(JsonNode status, String list, int count) {
    if (!status.has(list)) {
      return;
    }
    JsonNode details = status.get(list);
    assertTrue(details.isArray(), () -> list + " is a list: " + status);
    assertFalse(details.isEmpty(), () -> "empty lists are not used in TAXII (2): " + status);
    assertEquals(count, details.size(), () -> list + " as many as counted: " + status);
    for (JsonNode d : details) {
      assertTrue(d.path("id").isTextual(), () -> list + " name the object: " + d);
      assertTrue(d.path("version").isTextual(), () -> list + " name the version: " + d);
    }
  }

  /** A TAXII identifier (section 2): an RFC 4122 version 4 UUID. */
  static void assertIdentifier(String id) {
    UUID uuid = assertDoesNotThrow(() -> UUID.fromString(id), () -> "a UUID: " + id);
    assertEquals(4, uuid.version(), () -> "a version 4 UUID: " + id);
  }

  static void assertTaxiiTimestamp(String what, String value) {
    assertTrue(
        value != null && TAXII_TIMESTAMP.matcher(value).matches(),
        () -> what + " is a TAXII timestamp with microseconds (2): " + value);
  }
}
