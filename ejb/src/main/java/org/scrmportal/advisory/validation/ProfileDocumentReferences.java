package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * CSAF 2.0 6.1.27.2 Document References: for {@code csaf_informational_advisory} and {@code
 * csaf_security_incident_response}, {@code /document/references} has at least one item of category
 * {@code external}.
 */
final class ProfileDocumentReferences implements CsafTest {

  @Override
  public String number() {
    return "6.1.27.2";
  }

  @Override
  public List<Finding> run(JsonNode document) {
    if (!ProfileCategories.is(
        document,
        ProfileCategories.INFORMATIONAL_ADVISORY,
        ProfileCategories.SECURITY_INCIDENT_RESPONSE)) {
      return List.of();
    }
    for (JsonNode reference : ArrayOrEmpty.of(document.path("document").path("references"))) {
      if (reference.path("category").asText().equals("external")) {
        return List.of();
      }
    }
    return List.of(
        new Finding(
            number(),
            "/document/references",
            "A document of category "
                + ProfileCategories.of(document)
                + " needs a document reference of category external."));
  }
}
