package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.BiConsumer;

/**
 * Walks {@code /product_tree} (CSAF 2.0 section 3.2.2): every branch (recursively) and every Full
 * Product Name, each with its JSON Pointer, for 6.1.25 and 6.1.31.
 */
final class ProductTreeNodes {

  private ProductTreeNodes() {}

  /** Each element of {@code /product_tree/branches[](/branches[])*}, parents first. */
  static void eachBranch(JsonNode document, BiConsumer<String, JsonNode> action) {
    branches(document.path("product_tree").path("branches"), "/product_tree/branches", action);
  }

  /**
   * Each Full Product Name: {@code /product_tree/branches[](/branches[])*\/product}, {@code
   * /product_tree/full_product_names[]} and {@code
   * /product_tree/relationships[]/full_product_name}.
   */
  static void eachFullProductName(JsonNode document, BiConsumer<String, JsonNode> action) {
    eachBranch(
        document,
        (path, branch) -> {
          if (branch.has("product")) {
            action.accept(path + "/product", branch.get("product"));
          }
        });
    JsonNode tree = document.path("product_tree");
    JsonNode names = ArrayOrEmpty.of(tree.path("full_product_names"));
    for (int i = 0; i < names.size(); i++) {
      action.accept("/product_tree/full_product_names/" + i, names.get(i));
    }
    JsonNode relationships = ArrayOrEmpty.of(tree.path("relationships"));
    for (int i = 0; i < relationships.size(); i++) {
      JsonNode name = relationships.get(i).path("full_product_name");
      if (!name.isMissingNode()) {
        action.accept("/product_tree/relationships/" + i + "/full_product_name", name);
      }
    }
  }

  private static void branches(
      JsonNode branches, String path, BiConsumer<String, JsonNode> action) {
    if (!branches.isArray()) {
      return;
    }
    for (int i = 0; i < branches.size(); i++) {
      JsonNode branch = branches.get(i);
      String at = path + "/" + i;
      action.accept(at, branch);
      branches(branch.path("branches"), at + "/branches", action);
    }
  }
}
