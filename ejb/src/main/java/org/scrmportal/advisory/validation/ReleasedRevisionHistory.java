package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * CSAF 2.0 6.1.18 Released Revision History: no item of the revision history has a {@code number}
 * of {@code 0} or {@code 0.y.z} when the document status is {@code final} or {@code interim}.
 */
final class ReleasedRevisionHistory implements CsafTest {

  @Override
  public String number() {
    return "6.1.18";
  }

  @Override
  public List<Finding> run(JsonNode document) {
    if (!RevisionHistoryItems.released(document)) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    for (RevisionHistoryItems.Item item : RevisionHistoryItems.of(document)) {
      if (item.version().filter(CsafVersionNumber::initialDevelopment).isPresent()) {
        findings.add(
            new Finding(
                number(),
                item.numberPath(),
                "The document status is '"
                    + RevisionHistoryItems.status(document)
                    + "' but the revision history has an item with the version "
                    + item.number()
                    + " of initial development."));
      }
    }
    return findings;
  }
}
