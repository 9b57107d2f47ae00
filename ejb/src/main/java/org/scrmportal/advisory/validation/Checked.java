package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A document as {@link CsafValidator#check(byte[])} read it.
 *
 * @param document the parsed document; null when the bytes are not JSON within the limits
 * @param verdict every finding (a parse error or limit is a {@code "schema"} finding)
 */
public record Checked(JsonNode document, Verdict verdict) {

  public Checked {
    Objects.requireNonNull(verdict, "verdict");
  }

  /** Whether the document parsed and passed the schema and every mandatory test. */
  public boolean valid() {
    return document != null && verdict.valid();
  }
}
