package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Values of a CSAF document as the tests read them (texts, strings of arrays, date-times) and the
 * values at a path as the specification writes it, located ({@link Located}). Tolerates missing
 * parts: a test runs on schema-valid documents, but optional properties may be absent.
 */
final class AdvisoryJsonWalk {

  private AdvisoryJsonWalk() {}

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
   * Every value at {@code path}, located; a path as the specification writes them: {@code /a/b[]/c}
   * is {@code c} of every item of the array {@code b}; a path starting with {@code
   * /product_tree/branches[](/branches[])*} starts at every branch, however deep. Missing parts are
   * skipped.
   */
  static List<Located> select(JsonNode document, String path) {
    List<Located> selected = new ArrayList<>();
    if (path.startsWith(ANY_BRANCH)) {
      String rest = path.substring(ANY_BRANCH.length());
      for (ProductIds.Branch branch : ProductIds.branches(document)) {
        select(branch.at(), rest, selected);
      }
    } else {
      select(Located.root(document), path, selected);
    }
    return selected;
  }

  private static void select(Located at, String path, List<Located> selected) {
    if (at.node().isMissingNode()) {
      return;
    }
    if (path.isEmpty()) {
      selected.add(at);
      return;
    }
    int next = path.indexOf('/', 1);
    String segment = next < 0 ? path.substring(1) : path.substring(1, next);
    String rest = next < 0 ? "" : path.substring(next);
    if (segment.endsWith("[]")) {
      for (Located item : at.elements(segment.substring(0, segment.length() - 2))) {
        select(item, rest, selected);
      }
    } else {
      select(at.get(segment), rest, selected);
    }
  }
}
