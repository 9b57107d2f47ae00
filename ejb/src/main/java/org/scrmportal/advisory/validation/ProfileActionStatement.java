package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

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
    for (Located product :
        ProductGroupMembers.unstated(
            document, "known_affected", vulnerability -> vulnerability.elements("remediations"))) {
      findings.add(
          new Finding(
              number(),
              product.pointer(),
              "There is no action statement (a remediation) for the known affected product "
                  + product.node().asText()
                  + "."));
    }
    return findings;
  }
}
