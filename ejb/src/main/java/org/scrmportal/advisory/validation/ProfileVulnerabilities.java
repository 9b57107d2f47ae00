package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * CSAF 2.0 6.1.27.11 Vulnerabilities: for {@code csaf_security_advisory} and {@code csaf_vex}, the
 * element {@code /vulnerabilities} exists.
 */
final class ProfileVulnerabilities implements CsafTest {

  @Override
  public String number() {
    return "6.1.27.11";
  }

  @Override
  public List<Finding> run(JsonNode document) {
    if (!ProfileCategories.is(document, ProfileCategories.SECURITY_ADVISORY, ProfileCategories.VEX)
        || document.has("vulnerabilities")) {
      return List.of();
    }
    return List.of(
        new Finding(
            number(),
            "/vulnerabilities",
            "A document of category "
                + ProfileCategories.of(document)
                + " needs vulnerabilities."));
  }
}
