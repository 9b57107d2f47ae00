package org.scrmportal.it.taxii;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.scrmportal.platform.TlpLevel;
import org.scrmportal.stix.Stix;

/**
 * Test data from the OASIS STIX 2.1 examples (copied from cti-stix2-json-schemas, see NOTICE), each
 * time with fresh identifiers (UUIDv4, references rewritten to match), so that every test adds
 * objects no other test has added and the tests run in any order against one server.
 */
final class StixSamples {

  /** STIX timestamps as the examples write them: milliseconds, UTC, "Z". */
  private static final DateTimeFormatter STIX_TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  /** TAXII timestamps: microseconds, UTC, "Z" (TAXII 2.1 section 2). */
  private static final DateTimeFormatter TAXII_TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  /** A marking definition that neither TLP nor any envelope defines (one digit off TLP 1.0 RED). */
  static final String UNKNOWN_MARKING = "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ec";

  private StixSamples() {}

  /** The indicator of {@code indicator-for-c2-ip-address.json}, with a fresh id. */
  static ObjectNode indicator() {
    return (ObjectNode) fresh("indicator-for-c2-ip-address.json").get(0);
  }

  /** {@code n} fresh indicators. */
  static List<ObjectNode> indicators(int n) {
    List<ObjectNode> indicators = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      indicators.add(indicator());
    }
    return indicators;
  }

  /**
   * The campaign, indicator and relationship of {@code indicator-to-campaign-relationship.json}, in
   * that order, with fresh ids that the relationship refers to.
   */
  static List<ObjectNode> indicatorToCampaign() {
    return fresh("indicator-to-campaign-relationship.json");
  }

  /**
   * The identity, attack pattern, two indicators and two relationships of {@code
   * malicious-email-indicator-with-attachment.json}, with fresh ids.
   */
  static List<ObjectNode> maliciousEmail() {
    return fresh("malicious-email-indicator-with-attachment.json");
  }

  /**
   * The campaign of {@code interop-objectmarking-test.json}, with a fresh id: its {@code
   * object_marking_refs} names TLP 1.0 RED and {@link #UNKNOWN_MARKING}, which nothing defines.
   */
  static ObjectNode campaignWithAnUnknownMarking() {
    ObjectNode campaign = (ObjectNode) parse(read("interop-objectmarking-test.json"));
    return fresh(List.of(campaign)).get(0);
  }

  /** A copy marked as a whole with the official TLP 2.0 marking definition of {@code level}. */
  static ObjectNode marked(JsonNode object, TlpLevel level) {
    return withMarkingRefs(object, level.stixMarkingDefinition());
  }

  /** A copy with exactly these {@code object_marking_refs}. */
  static ObjectNode withMarkingRefs(JsonNode object, String... markingDefinitions) {
    ObjectNode copy = object.deepCopy();
    ArrayNode refs = copy.putArray("object_marking_refs");
    for (String m : markingDefinitions) {
      refs.add(m);
    }
    return copy;
  }

  /** The STIX 2.1 TLP 1.0 TLP:WHITE marking definition (STIX 2.1 section 7.2.1.4). */
  static String tlp1White() {
    return Stix.TLP1_WHITE.toString();
  }

  /**
   * A copy marked TLP:CLEAR as a whole but with one property marked by a granular marking (STIX 2.1
   * section 7.2.3) of {@code level}.
   */
  static ObjectNode clearWithGranular(JsonNode object, String property, TlpLevel level) {
    ObjectNode copy = marked(object, TlpLevel.CLEAR);
    ObjectNode granular = copy.putArray("granular_markings").addObject();
    granular.put("marking_ref", level.stixMarkingDefinition());
    granular.putArray("selectors").add(property);
    return copy;
  }

  /** A new version of {@code object}: a copy whose {@code modified} is {@code days} later. */
  static ObjectNode newerVersion(JsonNode object, int days) {
    return withModified(object, modified(object).plus(Duration.ofDays(days)));
  }

  static ObjectNode withModified(JsonNode object, Instant modified) {
    ObjectNode copy = object.deepCopy();
    copy.put("modified", stixTimestamp(modified));
    return copy;
  }

  /** A copy with {@code property} set to this text. */
  static ObjectNode with(JsonNode object, String property, String value) {
    ObjectNode copy = object.deepCopy();
    copy.put(property, value);
    return copy;
  }

  /** A copy without {@code property}. */
  static ObjectNode without(JsonNode object, String property) {
    ObjectNode copy = object.deepCopy();
    copy.remove(property);
    return copy;
  }

  static String id(JsonNode object) {
    return object.path("id").asText();
  }

  static List<String> ids(Collection<? extends JsonNode> objects) {
    return objects.stream().map(StixSamples::id).toList();
  }

  static Set<String> idSet(Collection<? extends JsonNode> objects) {
    return objects.stream().map(StixSamples::id).collect(Collectors.toSet());
  }

  static Instant modified(JsonNode object) {
    return Instant.parse(object.path("modified").asText());
  }

  static String stixTimestamp(Instant instant) {
    return STIX_TIMESTAMP.format(instant);
  }

  static String taxiiTimestamp(Instant instant) {
    return TAXII_TIMESTAMP.format(instant);
  }

  /**
   * An envelope of one fresh indicator, padded with a long description to {@code bytes} bytes of
   * UTF-8 (at least the unpadded size); the indicator's id is {@code idOut[0]}.
   */
  static String envelopeOfBytes(long bytes, String[] idOut) {
    ObjectNode indicator = with(indicator(), "description", "");
    idOut[0] = id(indicator);
    int unpadded = TaxiiClient.envelope(List.of(indicator)).toString().length();
    long padding = Math.max(0, bytes - unpadded);
    if (padding > Integer.MAX_VALUE - 64) {
      throw new IllegalArgumentException("too large for one string: " + bytes);
    }
    String body =
        TaxiiClient.envelope(List.of(with(indicator, "description", "x".repeat((int) padding))))
            .toString();
    if (body.getBytes(StandardCharsets.UTF_8).length != Math.max(bytes, unpadded)) {
      throw new IllegalStateException("padding miscounted");
    }
    return body;
  }

  /** An id of this STIX type that no object has (a fresh UUIDv4). */
  static String unknownId(String type) {
    return type + "--" + UUID.randomUUID();
  }

  // ------------------------------------------------------------------------------------------

  /** The objects of an example bundle, each id replaced by a fresh one everywhere it occurs. */
  private static List<ObjectNode> fresh(String example) {
    JsonNode bundle = parse(read(example));
    List<ObjectNode> objects = new ArrayList<>();
    bundle.path("objects").forEach(o -> objects.add((ObjectNode) o));
    return fresh(objects);
  }

  private static List<ObjectNode> fresh(List<ObjectNode> objects) {
    Map<String, String> renamed = new LinkedHashMap<>();
    for (JsonNode o : objects) {
      String id = id(o);
      renamed.put(id, id.substring(0, id.indexOf("--") + 2) + UUID.randomUUID());
    }
    String text = TaxiiClient.envelope(objects).toString();
    for (Map.Entry<String, String> e : renamed.entrySet()) {
      text = text.replace("\"" + e.getKey() + "\"", "\"" + e.getValue() + "\"");
    }
    List<ObjectNode> result = new ArrayList<>();
    parse(text).path("objects").forEach(o -> result.add((ObjectNode) o));
    return result;
  }

  private static JsonNode parse(String json) {
    try {
      return TaxiiClient.JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(String example) {
    try (InputStream in = StixSamples.class.getResourceAsStream("/stix/examples/" + example)) {
      if (in == null) {
        throw new IllegalStateException("no example " + example);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
