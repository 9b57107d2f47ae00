package org.scrmportal.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.scrmportal.platform.TlpLevel;

/**
 * TAXII envelopes of generated STIX 2.1 indicators, each with a valid STIX pattern (an IPv4
 * address, a domain name or a URL, derived from its sequence number) and one TLP 2.0 marking by its
 * official marking definition: of every 20 indicators, 4 TLP:CLEAR, 6 GREEN, 7 AMBER, 3
 * AMBER+STRICT.
 */
final class IndicatorEnvelopes {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter STIX_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

  private IndicatorEnvelopes() {}

  /** {@code {"objects": [...]}} with {@code count} indicators numbered from {@code first}. */
  static byte[] envelope(long first, int count) {
    String now = ZonedDateTime.now(ZoneOffset.UTC).format(STIX_TIME);
    ObjectNode envelope = JSON.createObjectNode();
    ArrayNode objects = envelope.putArray("objects");
    for (long n = first; n < first + count; n++) {
      ObjectNode indicator = objects.addObject();
      indicator.put("type", "indicator");
      indicator.put("spec_version", "2.1");
      indicator.put("id", "indicator--" + UUID.randomUUID());
      indicator.put("created", now);
      indicator.put("modified", now);
      indicator.put("name", "Benchmark indicator " + n);
      indicator.putArray("indicator_types").add("malicious-activity");
      indicator.put("pattern", pattern(n));
      indicator.put("pattern_type", "stix");
      indicator.put("valid_from", now);
      indicator.putArray("object_marking_refs").add(marking(n).stixMarkingDefinition());
    }
    try {
      return JSON.writeValueAsBytes(envelope);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String pattern(long n) {
    return switch ((int) (n % 3)) {
      case 0 ->
          "[ipv4-addr:value = '10."
              + ((n >> 16) & 255)
              + "."
              + ((n >> 8) & 255)
              + "."
              + (n & 255)
              + "']";
      case 1 -> "[domain-name:value = 'h" + n + ".bench.example']";
      default -> "[url:value = 'https://h" + n + ".bench.example/payload']";
    };
  }

  static TlpLevel marking(long n) {
    int slot = (int) (n % 20);
    if (slot < 4) {
      return TlpLevel.CLEAR;
    }
    if (slot < 10) {
      return TlpLevel.GREEN;
    }
    return slot < 17 ? TlpLevel.AMBER : TlpLevel.AMBER_STRICT;
  }
}
