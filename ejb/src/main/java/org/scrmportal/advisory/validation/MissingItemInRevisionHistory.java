package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * CSAF 2.0 6.1.21 Missing Item in Revision History: the items of the revision history, sorted
 * ascending by {@code date}, omit no version number (for semantic versioning: no major version),
 * and the first of them has the version (major version) {@code 0} or {@code 1}.
 *
 * <p>A gap is a version between the lowest and the highest (major) version for which no item
 * exists; items out of order are the concern of 6.1.14, not of this test. Items of the same date
 * are ordered by version.
 */
final class MissingItemInRevisionHistory implements CsafTest {

  @Override
  public String number() {
    return "6.1.21";
  }

  @Override
  public List<Finding> run(JsonNode document) {
    List<RevisionHistoryItems.Item> items =
        RevisionHistoryItems.byDate(RevisionHistoryItems.of(document)).stream()
            .filter(item -> item.version().isPresent())
            .toList();
    if (items.isEmpty()) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    RevisionHistoryItems.Item first = items.get(0);
    BigInteger firstMajor = first.version().orElseThrow().major();
    if (firstMajor.compareTo(BigInteger.ONE) > 0) {
      findings.add(
          new Finding(
              number(),
              first.numberPath(),
              "The first item of the revision history (sorted by date) has the version "
                  + first.number()
                  + "; it must be 0 or 1 (integer versioning) or have the major version 0 or 1"
                  + " (semantic versioning)."));
    }
    // the first item (by date) of each major version
    TreeMap<BigInteger, RevisionHistoryItems.Item> byMajor = new TreeMap<>();
    for (RevisionHistoryItems.Item item : items) {
      byMajor.putIfAbsent(item.version().orElseThrow().major(), item);
    }
    BigInteger previous = null;
    for (var entry : byMajor.entrySet()) {
      BigInteger major = entry.getKey();
      if (previous != null && major.subtract(previous).compareTo(BigInteger.ONE) > 0) {
        BigInteger from = previous.add(BigInteger.ONE);
        BigInteger to = major.subtract(BigInteger.ONE);
        String missing = from.equals(to) ? from.toString() : from + " to " + to;
        findings.add(
            new Finding(
                number(),
                entry.getValue().numberPath(),
                "The revision history has no item for the (major) version "
                    + missing
                    + " before the version "
                    + entry.getValue().number()
                    + "."));
      }
      previous = major;
    }
    return findings;
  }
}
