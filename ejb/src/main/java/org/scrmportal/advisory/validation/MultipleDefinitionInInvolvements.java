package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CSAF 2.0 6.1.24 Multiple Definition in Involvements: within the involvements of one
 * vulnerability, no {@code party} occurs more than once at the same {@code date}, whatever its
 * {@code status}. Dates are compared as instants ({@code 10:00Z} equals {@code 12:00+02:00});
 * involvements without a date have no date to collide on and are not compared.
 */
final class MultipleDefinitionInInvolvements implements CsafTest {

  @Override
  public String number() {
    return "6.1.24";
  }

  @Override
  public List<Finding> run(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    JsonNode vulnerabilities = ArrayOrEmpty.of(document.path("vulnerabilities"));
    for (int i = 0; i < vulnerabilities.size(); i++) {
      JsonNode involvements = ArrayOrEmpty.of(vulnerabilities.get(i).path("involvements"));
      Map<String, Integer> seen = new HashMap<>();
      for (int j = 0; j < involvements.size(); j++) {
        JsonNode involvement = involvements.get(j);
        JsonNode date = involvement.path("date");
        if (!date.isTextual()) {
          continue;
        }
        String party = involvement.path("party").asText("");
        Integer earlier = seen.putIfAbsent(party + "\n" + instant(date.asText()), j);
        if (earlier != null) {
          findings.add(
              new Finding(
                  number(),
                  "/vulnerabilities/" + i + "/involvements/" + j,
                  "The party '"
                      + party
                      + "' already has involvement "
                      + earlier
                      + " at the date "
                      + date.asText()
                      + "."));
        }
      }
    }
    return findings;
  }

  private static String instant(String date) {
    try {
      return OffsetDateTime.parse(date).toInstant().toString();
    } catch (DateTimeParseException e) {
      return date;
    }
  }
}
