package org.scrmportal.advisory.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a CSAF 2.0 document defines and refers to products and product groups: the Full Product
 * Names of the product tree (in its branches at any depth, {@code full_product_names} and
 * relationships) and every place of type {@code product_id_t}, {@code products_t}, {@code
 * product_group_id_t} or {@code product_groups_t} that refers to one.
 */
final class ProductIds {

  private ProductIds() {}

  /**
   * Every Full Product Name ({@code full_product_name_t}) of the product tree, in document order:
   * {@code /product_tree/branches[](/branches[])*\/product}, {@code
   * /product_tree/full_product_names[]}, {@code /product_tree/relationships[]/full_product_name}.
   */
  static List<Located> fullProductNames(com.fasterxml.jackson.databind.JsonNode document) {
    List<Located> names = new ArrayList<>();
    Located tree = Located.root(document).get("product_tree");
    if (!tree.exists()) {
      return names;
    }
    for (Located branch : tree.elements("branches")) {
      walkBranch(branch, names);
    }
    names.addAll(tree.elements("full_product_names"));
    for (Located relationship : tree.elements("relationships")) {
      Located name = relationship.get("full_product_name");
      if (name.exists()) {
        names.add(name);
      }
    }
    return names;
  }

  /** The branches of a branch first, depth first, so products keep their document order. */
  private static void walkBranch(Located branch, List<Located> names) {
    Located product = branch.get("product");
    if (product.exists()) {
      names.add(product);
    }
    for (Located child : branch.elements("branches")) {
      walkBranch(child, names);
    }
  }

  /** The {@code product_id} of every Full Product Name, located (those that are strings). */
  static List<Located> definitions(com.fasterxml.jackson.databind.JsonNode document) {
    List<Located> ids = new ArrayList<>();
    for (Located name : fullProductNames(document)) {
      Located id = name.get("product_id");
      if (id.node().isTextual()) {
        ids.add(id);
      }
    }
    return ids;
  }

  /**
   * Every reference to a product (the paths of test 6.1.1): product group members, the two
   * references of each relationship, every product status list, remediation and threat product ids,
   * and the products of scores.
   */
  static List<Located> references(com.fasterxml.jackson.databind.JsonNode document) {
    List<Located> refs = new ArrayList<>();
    Located tree = Located.root(document).get("product_tree");
    for (Located group : tree.elements("product_groups")) {
      addTexts(group.elements("product_ids"), refs);
    }
    for (Located relationship : tree.elements("relationships")) {
      addText(relationship.get("product_reference"), refs);
      addText(relationship.get("relates_to_product_reference"), refs);
    }
    for (Located vulnerability : Located.root(document).elements("vulnerabilities")) {
      for (Located flag : vulnerability.elements("flags")) {
        addTexts(flag.elements("product_ids"), refs);
      }
      Located status = vulnerability.get("product_status");
      for (String list : ProductStatus.LISTS) {
        addTexts(status.elements(list), refs);
      }
      for (Located remediation : vulnerability.elements("remediations")) {
        addTexts(remediation.elements("product_ids"), refs);
      }
      for (Located score : vulnerability.elements("scores")) {
        addTexts(score.elements("products"), refs);
      }
      for (Located threat : vulnerability.elements("threats")) {
        addTexts(threat.elements("product_ids"), refs);
      }
    }
    return refs;
  }

  /** The {@code group_id} of every product group, located. */
  static List<Located> groupDefinitions(com.fasterxml.jackson.databind.JsonNode document) {
    List<Located> ids = new ArrayList<>();
    for (Located group : Located.root(document).get("product_tree").elements("product_groups")) {
      addText(group.get("group_id"), ids);
    }
    return ids;
  }

  /**
   * Every reference to a product group ({@code product_groups_t}): flags, remediations, threats.
   */
  static List<Located> groupReferences(com.fasterxml.jackson.databind.JsonNode document) {
    List<Located> refs = new ArrayList<>();
    for (Located vulnerability : Located.root(document).elements("vulnerabilities")) {
      for (Located flag : vulnerability.elements("flags")) {
        addTexts(flag.elements("group_ids"), refs);
      }
      for (Located remediation : vulnerability.elements("remediations")) {
        addTexts(remediation.elements("group_ids"), refs);
      }
      for (Located threat : vulnerability.elements("threats")) {
        addTexts(threat.elements("group_ids"), refs);
      }
    }
    return refs;
  }

  private static void addTexts(List<Located> values, List<Located> into) {
    for (Located value : values) {
      addText(value, into);
    }
  }

  private static void addText(Located value, List<Located> into) {
    if (value.node().isTextual()) {
      into.add(value);
    }
  }

  /** The product status lists of a vulnerability ({@code product_status_t}). */
  static final class ProductStatus {
    static final List<String> LISTS =
        List.of(
            "first_affected",
            "first_fixed",
            "fixed",
            "known_affected",
            "known_not_affected",
            "last_affected",
            "recommended",
            "under_investigation");

    private ProductStatus() {}
  }
}
