package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Guards the index loops of the tests 6.1.17 to 6.1.33: the node when it is an array, otherwise an
 * empty node (size 0), so that a document of an unexpected shape yields no finding instead of an
 * exception (the JSON schema reports the shape).
 */
final class ArrayOrEmpty {

  private ArrayOrEmpty() {}

  static JsonNode of(JsonNode node) {
    return node.isArray() ? node : MissingNode.getInstance();
  }
}
