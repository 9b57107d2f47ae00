package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The items of {@code /document/tracking/revision_history} (CSAF 2.0 section 3.2.1.12.6) with their
 * JSON Pointers, parsed versions and dates, for the tests 6.1.18 to 6.1.22 and 6.1.30.
 */
final class RevisionHistoryItems {

  static final String PATH = "/document/tracking/revision_history";

  /**
   * One item.
   *
   * @param index its position in the array
   * @param number the value of {@code number}, or {@code ""} when absent
   * @param version the parsed {@code number}, empty when it is no {@code version_t}
   * @param date the value of {@code date}, or {@code null} when absent or no date-time
   */
  record Item(int index, String number, Optional<CsafVersionNumber> version, Instant date) {

    String path() {
      return PATH + "/" + index;
    }

    String numberPath() {
      return path() + "/number";
    }
  }

  private RevisionHistoryItems() {}

  /** The items in document order. */
  static List<Item> of(JsonNode document) {
    JsonNode history =
        ArrayOrEmpty.of(document.path("document").path("tracking").path("revision_history"));
    List<Item> items = new ArrayList<>(history.size());
    for (int i = 0; i < history.size(); i++) {
      JsonNode item = history.get(i);
      String number = item.path("number").asText("");
      items.add(new Item(i, number, CsafVersionNumber.parse(number), date(item.path("date"))));
    }
    return items;
  }

  /**
   * The items sorted ascending by {@code date}; items of the same date ascending by version, then
   * in document order; items without a readable date last.
   */
  static List<Item> byDate(List<Item> items) {
    Comparator<Item> byDate =
        Comparator.comparing(Item::date, Comparator.nullsLast(Comparator.naturalOrder()));
    Comparator<Item> byVersion =
        Comparator.comparing(
            (Item item) -> item.version().orElse(null),
            Comparator.nullsLast(Comparator.naturalOrder()));
    List<Item> sorted = new ArrayList<>(items);
    sorted.sort(byDate.thenComparing(byVersion).thenComparingInt(Item::index));
    return sorted;
  }

  /** The value of {@code /document/tracking/status}, or {@code ""}. */
  static String status(JsonNode document) {
    return document.path("document").path("tracking").path("status").asText("");
  }

  /** Whether the document status is {@code final} or {@code interim}. */
  static boolean released(JsonNode document) {
    String status = status(document);
    return status.equals("final") || status.equals("interim");
  }

  private static Instant date(JsonNode node) {
    if (!node.isTextual()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(node.asText()).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
