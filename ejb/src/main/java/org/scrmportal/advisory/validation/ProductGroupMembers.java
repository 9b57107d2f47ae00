package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The Product IDs of each Product Group of {@code /product_tree/product_groups} (CSAF 2.0 section
 * 3.2.2.3), to resolve the {@code group_ids} of flags, threats and remediations (6.1.27.9,
 * 6.1.27.10, 6.1.33, 6.2.2).
 */
final class ProductGroupMembers {

  private final Map<String, List<String>> members;

  private ProductGroupMembers(Map<String, List<String>> members) {
    this.members = members;
  }

  static ProductGroupMembers of(JsonNode document) {
    Map<String, List<String>> members = new HashMap<>();
    for (Located group : Located.root(document).get("product_tree").elements("product_groups")) {
      String id = group.node().path("group_id").asText(null);
      if (id != null) {
        members.merge(
            id,
            AdvisoryJsonWalk.strings(group.node().path("product_ids")),
            ProductGroupMembers::concat);
      }
    }
    return new ProductGroupMembers(members);
  }

  /**
   * The products an item (flag, threat, remediation) applies to: its {@code product_ids} and the
   * members of its {@code group_ids}, each once, in that order.
   */
  Set<String> productsOf(JsonNode item) {
    Set<String> products = new LinkedHashSet<>(AdvisoryJsonWalk.strings(item.path("product_ids")));
    for (String group : AdvisoryJsonWalk.strings(item.path("group_ids"))) {
      products.addAll(members.getOrDefault(group, List.of()));
    }
    return products;
  }

  /**
   * The products of the product status list {@code list} of each vulnerability that none of its
   * statements applies to (6.1.27.9, 6.1.27.10), located.
   *
   * @param statements the statements of a vulnerability (flags, threats, remediations)
   */
  static List<Located> unstated(
      JsonNode document, String list, Function<Located, List<Located>> statements) {
    List<Located> unstated = new ArrayList<>();
    ProductGroupMembers groups = null;
    for (Located vulnerability : Located.root(document).elements("vulnerabilities")) {
      List<Located> products = vulnerability.get("product_status").elements(list);
      if (products.isEmpty()) {
        continue;
      }
      if (groups == null) {
        groups = of(document);
      }
      Set<String> stated = new HashSet<>();
      for (Located statement : statements.apply(vulnerability)) {
        stated.addAll(groups.productsOf(statement.node()));
      }
      for (Located product : products) {
        if (!stated.contains(product.node().asText())) {
          unstated.add(product);
        }
      }
    }
    return unstated;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
