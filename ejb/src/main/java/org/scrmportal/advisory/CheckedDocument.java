package org.scrmportal.advisory;

import com.fasterxml.jackson.databind.JsonNode;
import org.scrmportal.advisory.validation.Verdict;

/**
 * A document as the validator judged it.
 *
 * @param document null when it did not parse
 */
public record CheckedDocument(JsonNode document, Verdict verdict) {}
