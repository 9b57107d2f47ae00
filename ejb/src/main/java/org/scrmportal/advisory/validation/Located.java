package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A value of a document with the JSON Pointer (RFC 6901) where it is. The pointer is built only
 * when asked for (most values pass their tests and never need it).
 */
final class Located {

  private final JsonNode node;
  private final Located parent;
  private final String token;
  private String pointer;

  private Located(JsonNode node, Located parent, String token) {
    this.node = node;
    this.parent = parent;
    this.token = token;
  }

  /** The document itself, at pointer {@code ""}. */
  static Located root(JsonNode document) {
    Located root = new Located(document, null, null);
    root.pointer = "";
    return root;
  }

  /** The value. */
  JsonNode node() {
    return node;
  }

  /** Where the value is in the document, e.g. {@code /product_tree/full_product_names/2}. */
  String pointer() {
    if (pointer == null) {
      pointer = parent.pointer() + "/" + token;
    }
    return pointer;
  }

  /** The text of the value (null when it is not a string). */
  String text() {
    return node.textValue();
  }

  /** The member {@code name} of this object, located (a missing node when there is none). */
  Located get(String name) {
    return new Located(node.path(name), this, escape(name));
  }

  /** The element {@code index} of this array, located (a missing node when there is none). */
  Located element(int index) {
    return new Located(node.path(index), this, Integer.toString(index));
  }

  /** Every element of this array, located; nothing when it is not an array. */
  List<Located> elements() {
    if (!node.isArray()) {
      return List.of();
    }
    List<Located> elements = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      elements.add(new Located(node.get(i), this, Integer.toString(i)));
    }
    return elements;
  }

  /** Every element of array {@code name} of this object, located. */
  List<Located> elements(String name) {
    return get(name).elements();
  }

  /** Whether there is a value here (not missing, not null). */
  boolean exists() {
    return !node.isMissingNode() && !node.isNull();
  }

  @Override
  public String toString() {
    return pointer() + "=" + node;
  }

  /** A property name as a reference token of a JSON Pointer (RFC 6901 section 3). */
  static String escape(String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return name;
    }
    return name.replace("~", "~0").replace("/", "~1");
  }
}
