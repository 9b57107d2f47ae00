package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * CSAF 2.0 6.1.27.1 Document Notes: for {@code csaf_informational_advisory} and {@code
 * csaf_security_incident_response}, {@code /document/notes} has at least one item of category
 * {@code description}, {@code details}, {@code general} or {@code summary}.
 */
final class ProfileDocumentNotes implements CsafTest {

  private static final Set<String> CATEGORIES =
      Set.of("description", "details", "general", "summary");

  @Override
  public String number() {
    return "6.1.27.1";
  }

  @Override
  public List<Finding> run(JsonNode document) {
    if (!ProfileCategories.is(
        document,
        ProfileCategories.INFORMATIONAL_ADVISORY,
        ProfileCategories.SECURITY_INCIDENT_RESPONSE)) {
      return List.of();
    }
    for (JsonNode note : ArrayOrEmpty.of(document.path("document").path("notes"))) {
      if (CATEGORIES.contains(note.path("category").asText())) {
        return List.of();
      }
    }
    return List.of(
        new Finding(
            number(),
            "/document/notes",
            "A document of category "
                + ProfileCategories.of(document)
                + " needs a document note of category description, details, general or summary."));
  }
}
