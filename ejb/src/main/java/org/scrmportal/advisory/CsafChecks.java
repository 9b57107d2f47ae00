package org.scrmportal.advisory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import org.scrmportal.advisory.validation.CsafValidator;
import org.scrmportal.advisory.validation.Finding;
import org.scrmportal.advisory.validation.Verdict;

/** The CSAF 2.0 validator (schema and section 6 tests), one shared instance. */
@ApplicationScoped
public class CsafChecks {

  private final CsafValidator validator = new CsafValidator();

  /** Parses and validates {@code content}. */
  public CheckedDocument check(byte[] content) {
    JsonNode document;
    try {
      document = Json.MAPPER.readTree(content);
    } catch (JsonProcessingException e) {
      return new CheckedDocument(
          null,
          new Verdict(
              List.of(
                  new Finding(
                      "schema", "", "Not JSON: " + e.getOriginalMessage().lines().findFirst()))));
    } catch (IOException e) {
      return new CheckedDocument(
          null, new Verdict(List.of(new Finding("schema", "", "Not readable JSON"))));
    }
    if (document == null || !document.isObject()) {
      return new CheckedDocument(
          null, new Verdict(List.of(new Finding("schema", "", "Not a JSON object"))));
    }
    return new CheckedDocument(document, validator.validate(document));
  }
}
