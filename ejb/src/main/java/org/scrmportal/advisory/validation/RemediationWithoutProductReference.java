package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * CSAF 2.0 6.1.29 Remediation without Product Reference: each item of {@code
 * /vulnerabilities[]/remediations} has at least one of {@code group_ids} and {@code product_ids}.
 */
final class RemediationWithoutProductReference implements CsafTest {

  @Override
  public String number() {
    return "6.1.29";
  }

  @Override
  public List<Finding> run(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    JsonNode vulnerabilities = ArrayOrEmpty.of(document.path("vulnerabilities"));
    for (int i = 0; i < vulnerabilities.size(); i++) {
      JsonNode remediations = ArrayOrEmpty.of(vulnerabilities.get(i).path("remediations"));
      for (int j = 0; j < remediations.size(); j++) {
        JsonNode remediation = remediations.get(j);
        if (!remediation.has("group_ids") && !remediation.has("product_ids")) {
          findings.add(
              new Finding(
                  number(),
                  "/vulnerabilities/" + i + "/remediations/" + j,
                  "The remediation names no products (neither product_ids nor group_ids)."));
        }
      }
    }
    return findings;
  }
}
