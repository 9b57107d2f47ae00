package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * CSAF 2.0 6.1.17 Document Status Draft: the document status is {@code draft} if the document
 * version is {@code 0} or {@code 0.y.z} or contains a pre-release part.
 */
final class DocumentStatusDraft implements CsafTest {

  @Override
  public String number() {
    return "6.1.17";
  }

  @Override
  public List<Finding> run(JsonNode document) {
    String status = RevisionHistoryItems.status(document);
    String text = document.path("document").path("tracking").path("version").asText(null);
    return CsafVersionNumber.parse(text)
        .filter(v -> v.initialDevelopment() || v.preRelease())
        .filter(v -> !status.equals("draft"))
        .map(
            v ->
                List.of(
                    new Finding(
                        number(),
                        "/document/tracking/status",
                        "The document version is "
                            + v
                            + (v.preRelease() ? " (a pre-release)" : " (initial development)")
                            + " but the document status is '"
                            + status
                            + "' instead of 'draft'.")))
        .orElse(List.of());
  }
}
