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
    for (Located vulnerability : Located.root(document).elements("vulnerabilities")) {
      for (Located flag : vulnerability.elements("flags")) {
        if (!flag.node().has("group_ids") && !flag.node().has("product_ids")) {
          findings.add(
              new Finding(
                  number(),
                  flag.pointer(),
                  "The flag '"
                      + flag.node().path("label").asText()
                      + "' names no products (neither product_ids nor group_ids)."));
        }
      }
    }
    return findings;
  }
}
