package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * CSAF 2.0 6.1.32 Flag without Product Reference: each item of {@code /vulnerabilities[]/flags} has
 * at least one of {@code group_ids} and {@code product_ids}.
 */
final class FlagWithoutProductReference implements CsafTest {

  @Override
  public String number() {
    return "6.1.32";
  }

  @Override
  public List<Finding> run(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    JsonNode vulnerabilities = ArrayOrEmpty.of(document.path("vulnerabilities"));
    for (int i = 0; i < vulnerabilities.size(); i++) {
      JsonNode flags = ArrayOrEmpty.of(vulnerabilities.get(i).path("flags"));
      for (int j = 0; j < flags.size(); j++) {
        JsonNode flag = flags.get(j);
        if (!flag.has("group_ids") && !flag.has("product_ids")) {
          findings.add(
              new Finding(
                  number(),
                  "/vulnerabilities/" + i + "/flags/" + j,
                  "The flag '"
                      + flag.path("label").asText()
                      + "' names no products (neither product_ids nor group_ids)."));
        }
      }
    }
    return findings;
  }
}
