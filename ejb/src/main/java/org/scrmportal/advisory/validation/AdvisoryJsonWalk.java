package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Walks the parts of a CSAF document that the optional (6.2) and informative (6.3) tests look at,
 * handing each part over with its JSON Pointer (RFC 6901). Tolerates missing parts: a test runs on
 * schema-valid documents, but optional properties may be absent.
 */
final class AdvisoryJsonWalk {

  private AdvisoryJsonWalk() {}

  /** {@code pointer} followed by the object member {@code key}, escaped as RFC 6901 says. */
  static String child(String pointer, String key) {
    return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  /** {@code pointer} followed by the array index {@code index}. */
  static String item(String pointer, int index) {
    return pointer + "/" + index;
  }

  /** The text of {@code node}, or {@code null} when it is missing or not a string. */
  static String text(JsonNode node) {
    return node != null && node.isTextual() ? node.asText() : null;
  }

  /** Calls {@code visitor} with the pointer and value of each item of the array {@code array}. */
  static void eachItem(JsonNode array, String pointer, BiConsumer<String, JsonNode> visitor) {
    if (array == null || !array.isArray()) {
      return;
    }
    for (int i = 0; i < array.size(); i++) {
      visitor.accept(item(pointer, i), array.get(i));
    }
  }

  /** Each vulnerability, with its pointer ({@code /vulnerabilities/0}). */
  static void vulnerabilities(JsonNode document, BiConsumer<String, JsonNode> visitor) {
    eachItem(document.path("vulnerabilities"), "/vulnerabilities", visitor);
  }

  /**
   * Each Full Product Name element ({@code full_product_name_t}) of the product tree, with its
   * pointer: {@code /product_tree/branches[](/branches[])*}{@code /product}, {@code
   * /product_tree/full_product_names[]} and {@code
   * /product_tree/relationships[]/full_product_name}.
   */
  static void fullProductNames(JsonNode document, BiConsumer<String, JsonNode> visitor) {
    branches(
        document,
        (pointer, branch, path) -> {
          JsonNode product = branch.get("product");
          if (product != null && product.isObject()) {
            visitor.accept(child(pointer, "product"), product);
          }
        });
    JsonNode tree = document.path("product_tree");
    eachItem(tree.path("full_product_names"), "/product_tree/full_product_names", visitor::accept);
    eachItem(
        tree.path("relationships"),
        "/product_tree/relationships",
        (pointer, relationship) -> {
          JsonNode product = relationship.get("full_product_name");
          if (product != null && product.isObject()) {
            visitor.accept(child(pointer, "full_product_name"), product);
          }
        });
  }

  /** Visitor of branches: the branch, its pointer and every branch from the root down to it. */
  @FunctionalInterface
  interface BranchVisitor {
    void visit(String pointer, JsonNode branch, List<JsonNode> pathFromRoot);
  }

  /** Each element of {@code /product_tree/branches[](/branches[])*}, depth first. */
  static void branches(JsonNode document, BranchVisitor visitor) {
    branches(
        document.path("product_tree").path("branches"),
        "/product_tree/branches",
        new ArrayList<>(),
        visitor);
  }

  private static void branches(
      JsonNode array, String pointer, List<JsonNode> path, BranchVisitor visitor) {
    if (array == null || !array.isArray()) {
      return;
    }
    for (int i = 0; i < array.size(); i++) {
      JsonNode branch = array.get(i);
      String here = item(pointer, i);
      path.add(branch);
      visitor.visit(here, branch, List.copyOf(path));
      branches(branch.get("branches"), child(here, "branches"), path, visitor);
      path.remove(path.size() - 1);
    }
  }

  /**
   * Each {@code file_hashes} array of each Full Product Name's {@code
   * product_identification_helper/hashes[]}, with its pointer.
   */
  static void fileHashes(JsonNode document, BiConsumer<String, JsonNode> visitor) {
    fullProductNames(
        document,
        (pointer, product) -> {
          String helper = child(pointer, "product_identification_helper");
          eachItem(
              product.path("product_identification_helper").path("hashes"),
              child(helper, "hashes"),
              (hashPointer, hash) -> {
                JsonNode fileHashes = hash.get("file_hashes");
                if (fileHashes != null && fileHashes.isArray()) {
                  visitor.accept(child(hashPointer, "file_hashes"), fileHashes);
                }
              });
        });
  }

  /** The Product IDs of each product group, by group id. */
  static Map<String, Set<String>> productGroups(JsonNode document) {
    Map<String, Set<String>> groups = new HashMap<>();
    for (JsonNode group : document.path("product_tree").path("product_groups")) {
      String id = text(group.get("group_id"));
      if (id != null) {
        groups
            .computeIfAbsent(id, k -> new LinkedHashSet<>())
            .addAll(strings(group.get("product_ids")));
      }
    }
    return groups;
  }

  /** The strings of an array of strings ({@code products_t} and the like); empty when absent. */
  static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    if (array != null && array.isArray()) {
      for (JsonNode value : array) {
        if (value.isTextual()) {
          values.add(value.asText());
        }
      }
    }
    return values;
  }

  /** Whether the document uses the profile "Informational Advisory" (section 4.3). */
  static boolean isInformationalAdvisory(JsonNode document) {
    return "csaf_informational_advisory".equals(text(document.path("document").get("category")));
  }

  private static final String ANY_BRANCH = "/product_tree/branches[](/branches[])*";

  /**
   * Each value at {@code path}, a path as the specification writes them: {@code /a/b[]/c} visits
   * {@code c} of every item of the array {@code b}; a path starting with {@code
   * /product_tree/branches[](/branches[])*} starts at every branch, however deep. Missing parts are
   * skipped.
   */
  static void select(JsonNode document, String path, BiConsumer<String, JsonNode> visitor) {
    if (path.startsWith(ANY_BRANCH)) {
      String rest = path.substring(ANY_BRANCH.length());
      branches(document, (pointer, branch, ancestors) -> select(branch, pointer, rest, visitor));
    } else {
      select(document, "", path, visitor);
    }
  }

  private static void select(
      JsonNode node, String pointer, String path, BiConsumer<String, JsonNode> visitor) {
    if (node == null) {
      return;
    }
    if (path.isEmpty()) {
      visitor.accept(pointer, node);
      return;
    }
    int next = path.indexOf('/', 1);
    String segment = next < 0 ? path.substring(1) : path.substring(1, next);
    String rest = next < 0 ? "" : path.substring(next);
    if (segment.endsWith("[]")) {
      String key = segment.substring(0, segment.length() - 2);
      eachItem(node.get(key), child(pointer, key), (p, item) -> select(item, p, rest, visitor));
    } else {
      select(node.get(segment), child(pointer, segment), rest, visitor);
    }
  }
}
