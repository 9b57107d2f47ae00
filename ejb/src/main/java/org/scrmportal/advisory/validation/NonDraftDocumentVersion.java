package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * CSAF 2.0 6.1.20 Non-draft Document Version: the document version has no pre-release part if the
 * document status is {@code final} or {@code interim}.
 */
final class NonDraftDocumentVersion implements CsafTest {

  @Override
  public String number() {
    return "6.1.20";
  }

  @Override
  public List<Finding> run(JsonNode document) {
    if (!RevisionHistoryItems.released(document)) {
      return List.of();
    }
    String text = document.path("document").path("tracking").path("version").asText(null);
    return CsafVersionNumber.parse(text)
        .filter(CsafVersionNumber::preRelease)
        .map(
            v ->
                List.of(
                    new Finding(
                        number(),
                        "/document/tracking/version",
                        "The document status is '"
                            + RevisionHistoryItems.status(document)
                            + "' but the document version "
                            + v
                            + " has the pre-release part '-"
                            + v.preReleasePart()
                            + "'.")))
        .orElse(List.of());
  }
}
