package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Walks the parts of a CSAF document that the optional (6.2) and informative (6.3) tests look at,
 * handing each part over with its JSON Pointer (RFC 6901). Tolerates missing parts: a test runs on
 * schema-valid documents, but optional properties may be absent.
 */
final class AdvisoryJsonWalk {

  private AdvisoryJsonWalk() {}

  /** {@code pointer} followed by the object member {@code key}, escaped as RFC 6901 says. */
  static String child(String pointer, String key) {
    return pointer + "/" + Located.escape(key);
  }

  /** {@code pointer} followed by the array index {@code index}. */
  static String item(String pointer, int index) {
    return pointer + "/" + index;
  }

  /** The text of {@code node}, or {@code null} when it is missing or not a string. */
  static String text(JsonNode node) {
    return node != null && node.isTextual() ? node.asText() : null;
  }

  /** An RFC 3339 date-time ({@code t}, {@code z} in either case), or null when it is not one. */
  static OffsetDateTime dateTime(JsonNode node) {
    String value = text(node);
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value); // parsed ignoring case
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Calls {@code visitor} with the pointer and value of each item of the array {@code array}. */
  static void eachItem(JsonNode array, String pointer, BiConsumer<String, JsonNode> visitor) {
    if (array == null || !array.isArray()) {
      return;
    }
    for (int i = 0; i < array.size(); i++) {
      visitor.accept(item(pointer, i), array.get(i));
    }
  }

  /** Each vulnerability, with its pointer ({@code /vulnerabilities/0}). */
  static void vulnerabilities(JsonNode document, BiConsumer<String, JsonNode> visitor) {
    eachItem(document.path("vulnerabilities"), "/vulnerabilities", visitor);
  }

  /** The strings of an array of strings ({@code products_t} and the like); empty when absent. */
  static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    if (array != null && array.isArray()) {
      for (JsonNode value : array) {
        if (value.isTextual()) {
          values.add(value.asText());
        }
      }
    }
    return values;
  }

  private static final String ANY_BRANCH = "/product_tree/branches[](/branches[])*";

  /**
   * Each value at {@code path}, a path as the specification writes them: {@code /a/b[]/c} visits
   * {@code c} of every item of the array {@code b}; a path starting with {@code
   * /product_tree/branches[](/branches[])*} starts at every branch, however deep. Missing parts are
   * skipped.
   */
  static void select(JsonNode document, String path, BiConsumer<String, JsonNode> visitor) {
    if (path.startsWith(ANY_BRANCH)) {
      String rest = path.substring(ANY_BRANCH.length());
      for (ProductIds.Branch branch : ProductIds.branches(document)) {
        select(branch.at().node(), branch.at().pointer(), rest, visitor);
      }
    } else {
      select(document, "", path, visitor);
    }
  }

  private static void select(
      JsonNode node, String pointer, String path, BiConsumer<String, JsonNode> visitor) {
    if (node == null) {
      return;
    }
    if (path.isEmpty()) {
      visitor.accept(pointer, node);
      return;
    }
    int next = path.indexOf('/', 1);
    String segment = next < 0 ? path.substring(1) : path.substring(1, next);
    String rest = next < 0 ? "" : path.substring(next);
    if (segment.endsWith("[]")) {
      String key = segment.substring(0, segment.length() - 2);
      eachItem(node.get(key), child(pointer, key), (p, item) -> select(item, p, rest, visitor));
    } else {
      select(node.get(segment), child(pointer, segment), rest, visitor);
    }
  }
}
