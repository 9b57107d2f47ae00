package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * CSAF 2.0 6.1.27.3 Vulnerabilities: for {@code csaf_informational_advisory}, the element {@code
 * /vulnerabilities} does not exist.
 */
final class ProfileNoVulnerabilities implements CsafTest {

  @Override
  public String number() {
    return "6.1.27.3";
  }

  @Override
  public List<Finding> run(JsonNode document) {
    if (!ProfileCategories.is(document, ProfileCategories.INFORMATIONAL_ADVISORY)
        || !document.has("vulnerabilities")) {
      return List.of();
    }
    return List.of(
        new Finding(
            number(),
            "/vulnerabilities",
            "A document of category csaf_informational_advisory must not have vulnerabilities;"
                + " use csaf_security_advisory or csaf_base."));
  }
}
