package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CSAF 2.0 6.1.33 Multiple Flags with VEX Justification Codes per Product: within one
 * vulnerability, no product is named (directly or through a product group) by more than one flag
 * whose label is a VEX justification code (section 3.2.3.5). Each later flag naming a product of an
 * earlier one is a finding, once per such product.
 */
final class MultipleFlagsWithVexJustificationCodes implements CsafTest {

  /** The labels of section 3.2.3.5, the VEX not-affected justifications. */
  private static final Set<String> VEX_JUSTIFICATION_CODES =
      Set.of(
          "component_not_present",
          "inline_mitigations_already_exist",
          "vulnerable_code_cannot_be_controlled_by_adversary",
          "vulnerable_code_not_in_execute_path",
          "vulnerable_code_not_present");

  @Override
  public String number() {
    return "6.1.33";
  }

  @Override
  public List<Finding> run(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    ProductGroupMembers groups = null;
    JsonNode vulnerabilities = ArrayOrEmpty.of(document.path("vulnerabilities"));
    for (int i = 0; i < vulnerabilities.size(); i++) {
      JsonNode flags = ArrayOrEmpty.of(vulnerabilities.get(i).path("flags"));
      if (flags.size() < 2) {
        continue;
      }
      if (groups == null) {
        groups = ProductGroupMembers.of(document);
      }
      Map<String, Integer> flagOf = new HashMap<>();
      for (int j = 0; j < flags.size(); j++) {
        JsonNode flag = flags.get(j);
        if (!VEX_JUSTIFICATION_CODES.contains(flag.path("label").asText())) {
          continue;
        }
        for (String product : groups.productsOf(flag)) {
          Integer earlier = flagOf.putIfAbsent(product, j);
          if (earlier != null) {
            findings.add(
                new Finding(
                    number(),
                    "/vulnerabilities/" + i + "/flags/" + j,
                    "The product "
                        + product
                        + " already has the VEX justification flag "
                        + earlier
                        + " ('"
                        + flags.get(earlier).path("label").asText()
                        + "'); a product may have one only."));
          }
        }
      }
    }
    return findings;
  }
}
