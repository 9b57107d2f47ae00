package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * CSAF 2.0 6.1.28 Translation: the source language and the document language are not the same.
 * Language tags are compared ignoring case, as BCP 47 defines them ({@code en-US} = {@code en-us}).
 */
final class Translation implements CsafTest {

  @Override
  public String number() {
    return "6.1.28";
  }

  @Override
  public List<Finding> run(JsonNode document) {
    JsonNode lang = document.path("document").path("lang");
    JsonNode sourceLang = document.path("document").path("source_lang");
    if (!lang.isTextual()
        || !sourceLang.isTextual()
        || !lang.asText().equalsIgnoreCase(sourceLang.asText())) {
      return List.of();
    }
    return List.of(
        new Finding(
            number(),
            "/document/source_lang",
            "The document language and the source language are the same (" + lang.asText() + ")."));
  }
}
