package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * CSAF 2.0 6.1.19 Revision History Entries for Pre-release Versions: no item of the revision
 * history has a {@code number} which includes pre-release information.
 */
final class PreReleaseRevisionHistoryEntries implements CsafTest {

  @Override
  public String number() {
    return "6.1.19";
  }

  @Override
  public List<Finding> run(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    for (RevisionHistoryItems.Item item : RevisionHistoryItems.of(document)) {
      item.version()
          .filter(CsafVersionNumber::preRelease)
          .ifPresent(
              v ->
                  findings.add(
                      new Finding(
                          number(),
                          item.numberPath(),
                          "The revision history has an item for the pre-release version "
                              + v
                              + " (pre-release part '-"
                              + v.preReleasePart()
                              + "').")));
    }
    return findings;
  }
}
