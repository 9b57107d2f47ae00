package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * CSAF 2.0 6.1.27.6 Product Status: for {@code csaf_security_advisory}, each item of {@code
 * /vulnerabilities} has the element {@code product_status}.
 */
final class ProfileProductStatus implements CsafTest {

  @Override
  public String number() {
    return "6.1.27.6";
  }

  @Override
  public List<Finding> run(JsonNode document) {
    if (!ProfileCategories.is(document, ProfileCategories.SECURITY_ADVISORY)) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    JsonNode vulnerabilities = ArrayOrEmpty.of(document.path("vulnerabilities"));
    for (int i = 0; i < vulnerabilities.size(); i++) {
      if (!vulnerabilities.get(i).has("product_status")) {
        findings.add(
            new Finding(
                number(),
                "/vulnerabilities/" + i,
                "In a document of category csaf_security_advisory each vulnerability needs a"
                    + " product status."));
      }
    }
    return findings;
  }
}
