package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The values of {@code /document/category} of the profiles of CSAF 2.0 section 4. */
final class ProfileCategories {

  static final String BASE = "csaf_base";
  static final String SECURITY_INCIDENT_RESPONSE = "csaf_security_incident_response";
  static final String INFORMATIONAL_ADVISORY = "csaf_informational_advisory";
  static final String SECURITY_ADVISORY = "csaf_security_advisory";
  static final String VEX = "csaf_vex";

  /** The values of every profile of section 4, CSAF Base first. */
  static final List<String> ALL =
      List.of(BASE, SECURITY_INCIDENT_RESPONSE, INFORMATIONAL_ADVISORY, SECURITY_ADVISORY, VEX);

  private ProfileCategories() {}

  /** The value of {@code /document/category}, or {@code ""}. */
  static String of(JsonNode document) {
    return document.path("document").path("category").asText("");
  }

  /** Whether the document category is exactly one of {@code values}. */
  static boolean is(JsonNode document, String... values) {
    String category = of(document);
    for (String value : values) {
      if (value.equals(category)) {
        return true;
      }
    }
    return false;
  }
}
