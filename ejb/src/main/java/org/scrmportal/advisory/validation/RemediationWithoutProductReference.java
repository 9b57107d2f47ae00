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
    for (Located vulnerability : Located.root(document).elements("vulnerabilities")) {
      for (Located remediation : vulnerability.elements("remediations")) {
        if (!remediation.node().has("group_ids") && !remediation.node().has("product_ids")) {
          findings.add(
              new Finding(
                  number(),
                  remediation.pointer(),
                  "The remediation names no products (neither product_ids nor group_ids)."));
        }
      }
    }
    return findings;
  }
}
