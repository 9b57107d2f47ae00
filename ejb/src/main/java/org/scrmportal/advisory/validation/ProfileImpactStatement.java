package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

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
    for (Located product :
        ProductGroupMembers.unstated(
            document, "known_not_affected", ProfileImpactStatement::statements)) {
      findings.add(
          new Finding(
              number(),
              product.pointer(),
              "There is no impact statement (a flag or a threat of category impact) for the"
                  + " known not affected product "
                  + product.node().asText()
                  + "."));
    }
    return findings;
  }

  /** The flags and the threats of category impact of a vulnerability. */
  private static List<Located> statements(Located vulnerability) {
    List<Located> statements = new ArrayList<>(vulnerability.elements("flags"));
    for (Located threat : vulnerability.elements("threats")) {
      if (threat.node().path("category").asText().equals("impact")) {
        statements.add(threat);
      }
    }
    return statements;
  }
}
