package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CSAF 2.0 6.1.27.9 Impact Statement: for {@code csaf_vex}, each product of {@code
 * /vulnerabilities[]/product_status/known_not_affected} has an impact statement in the same
 * vulnerability: a flag, or a threat of category {@code impact}, naming it directly or through a
 * product group. Each product without one is a finding at its place in {@code known_not_affected}.
 */
final class ProfileImpactStatement implements CsafTest {

  @Override
  public String number() {
    return "6.1.27.9";
  }

  @Override
  public List<Finding> run(JsonNode document) {
    if (!ProfileCategories.is(document, ProfileCategories.VEX)) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    ProductGroupMembers groups = null;
    JsonNode vulnerabilities = ArrayOrEmpty.of(document.path("vulnerabilities"));
    for (int i = 0; i < vulnerabilities.size(); i++) {
      JsonNode vulnerability = vulnerabilities.get(i);
      JsonNode notAffected =
          ArrayOrEmpty.of(vulnerability.path("product_status").path("known_not_affected"));
      if (notAffected.isEmpty()) {
        continue;
      }
      if (groups == null) {
        groups = ProductGroupMembers.of(document);
      }
      Set<String> stated = new HashSet<>();
      for (JsonNode flag : ArrayOrEmpty.of(vulnerability.path("flags"))) {
        stated.addAll(groups.productsOf(flag));
      }
      for (JsonNode threat : ArrayOrEmpty.of(vulnerability.path("threats"))) {
        if (threat.path("category").asText().equals("impact")) {
          stated.addAll(groups.productsOf(threat));
        }
      }
      for (int j = 0; j < notAffected.size(); j++) {
        String product = notAffected.get(j).asText();
        if (!stated.contains(product)) {
          findings.add(
              new Finding(
                  number(),
                  "/vulnerabilities/" + i + "/product_status/known_not_affected/" + j,
                  "There is no impact statement (a flag or a threat of category impact) for the"
                      + " known not affected product "
                      + product
                      + "."));
        }
      }
    }
    return findings;
  }
}
