package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * CSAF 2.0 6.1.27.7 VEX Product Status: for {@code csaf_vex}, the {@code product_status} of each
 * item of {@code /vulnerabilities} has at least one of {@code fixed}, {@code known_affected},
 * {@code known_not_affected} and {@code under_investigation}. The finding points at the product
 * status, or at the vulnerability when it has none.
 */
final class ProfileVexProductStatus implements CsafTest {

  private static final List<String> VEX_STATUSES =
      List.of("fixed", "known_affected", "known_not_affected", "under_investigation");

  @Override
  public String number() {
    return "6.1.27.7";
  }

  @Override
  public List<Finding> run(JsonNode document) {
    if (!ProfileCategories.is(document, ProfileCategories.VEX)) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    JsonNode vulnerabilities = ArrayOrEmpty.of(document.path("vulnerabilities"));
    for (int i = 0; i < vulnerabilities.size(); i++) {
      JsonNode status = vulnerabilities.get(i).path("product_status");
      if (VEX_STATUSES.stream().noneMatch(status::has)) {
        findings.add(
            new Finding(
                number(),
                "/vulnerabilities/" + i + (status.isMissingNode() ? "" : "/product_status"),
                "In a document of category csaf_vex each vulnerability needs at least one of"
                    + " the product statuses fixed, known_affected, known_not_affected or"
                    + " under_investigation."));
      }
    }
    return findings;
  }
}
