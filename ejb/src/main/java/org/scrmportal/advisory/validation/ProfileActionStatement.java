package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CSAF 2.0 6.1.27.10 Action Statement: for {@code csaf_vex}, each product of {@code
 * /vulnerabilities[]/product_status/known_affected} has an action statement in the remediations of
 * the same vulnerability, naming it directly or through a product group. Each product without one
 * is a finding at its place in {@code known_affected}.
 */
final class ProfileActionStatement implements CsafTest {

  @Override
  public String number() {
    return "6.1.27.10";
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
      JsonNode affected =
          ArrayOrEmpty.of(vulnerability.path("product_status").path("known_affected"));
      if (affected.isEmpty()) {
        continue;
      }
      if (groups == null) {
        groups = ProductGroupMembers.of(document);
      }
      Set<String> stated = new HashSet<>();
      for (JsonNode remediation : ArrayOrEmpty.of(vulnerability.path("remediations"))) {
        stated.addAll(groups.productsOf(remediation));
      }
      for (int j = 0; j < affected.size(); j++) {
        String product = affected.get(j).asText();
        if (!stated.contains(product)) {
          findings.add(
              new Finding(
                  number(),
                  "/vulnerabilities/" + i + "/product_status/known_affected/" + j,
                  "There is no action statement (a remediation) for the known affected product "
                      + product
                      + "."));
        }
      }
    }
    return findings;
  }
}
