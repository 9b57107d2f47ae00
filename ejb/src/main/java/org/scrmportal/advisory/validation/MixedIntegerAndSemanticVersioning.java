package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CSAF 2.0 6.1.30 Mixed Integer and Semantic Versioning: all elements of type {@code version_t}
 * ({@code /document/tracking/version} and {@code /document/tracking/revision_history[]/number}) use
 * the same versioning, integer (3.1.11.1) or semantic (3.1.11.2). The document version sets the
 * versioning; each revision history number using the other one is a finding.
 */
final class MixedIntegerAndSemanticVersioning implements CsafTest {

  @Override
  public String number() {
    return "6.1.30";
  }

  @Override
  public List<Finding> run(JsonNode document) {
    Optional<CsafVersionNumber> version =
        CsafVersionNumber.parse(
            document.path("document").path("tracking").path("version").asText(null));
    if (version.isEmpty()) {
      return List.of();
    }
    boolean semantic = version.get().semantic();
    List<Finding> findings = new ArrayList<>();
    for (RevisionHistoryItems.Item item : RevisionHistoryItems.of(document)) {
      if (item.version().filter(v -> v.semantic() != semantic).isPresent()) {
        findings.add(
            new Finding(
                number(),
                item.numberPath(),
                "The revision "
                    + item.number()
                    + " uses "
                    + (semantic ? "integer" : "semantic")
                    + " versioning but the document version "
                    + version.get()
                    + " uses "
                    + (semantic ? "semantic" : "integer")
                    + " versioning; a document uses one versioning only."));
      }
    }
    return findings;
  }
}
