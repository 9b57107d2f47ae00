package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A value of a document with the JSON Pointer (RFC 6901) where it is.
 *
 * @param node the value
 * @param pointer where it is in the document, e.g. {@code /product_tree/full_product_names/2}
 */
record Located(JsonNode node, String pointer) {

  /** The text of the value (null when it is not a string). */
  String text() {
    return node.textValue();
  }

  /** The member {@code name} of this object, located (a missing node when there is none). */
  Located get(String name) {
    return new Located(node.path(name), pointer + "/" + escape(name));
  }

  /** Every element of this array, located; nothing when it is not an array. */
  java.util.List<Located> elements() {
    if (!node.isArray()) {
      return java.util.List.of();
    }
    java.util.List<Located> elements = new java.util.ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      elements.add(new Located(node.get(i), pointer + "/" + i));
    }
    return elements;
  }

  /** Every element of array {@code name} of this object, located. */
  java.util.List<Located> elements(String name) {
    return get(name).elements();
  }

  boolean exists() {
    return !node.isMissingNode() && !node.isNull();
  }

  /** The document itself, at pointer {@code ""}. */
  static Located root(JsonNode document) {
    return new Located(document, "");
  }

  /** A property name as a reference token of a JSON Pointer (RFC 6901 section 3). */
  static String escape(String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return name;
    }
    return name.replace("~", "~0").replace("/", "~1");
  }
}
