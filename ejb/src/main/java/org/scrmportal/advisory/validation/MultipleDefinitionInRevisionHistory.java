package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CSAF 2.0 6.1.22 Multiple Definition in Revision History: no two items of the revision history
 * have the same version number. Each item repeating an earlier item's {@code number} is a finding.
 */
final class MultipleDefinitionInRevisionHistory implements CsafTest {

  @Override
  public String number() {
    return "6.1.22";
  }

  @Override
  public List<Finding> run(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (RevisionHistoryItems.Item item : RevisionHistoryItems.of(document)) {
      Integer earlier = seen.putIfAbsent(item.number(), item.index());
      if (earlier != null) {
        findings.add(
            new Finding(
                number(),
                item.numberPath(),
                "The version number "
                    + item.number()
                    + " is already used by item "
                    + earlier
                    + " of the revision history."));
      }
    }
    return findings;
  }
}
