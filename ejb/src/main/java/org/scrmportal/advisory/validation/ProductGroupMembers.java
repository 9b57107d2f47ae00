package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Product IDs of each Product Group of {@code /product_tree/product_groups} (CSAF 2.0 section
 * 3.2.2.3), to resolve the {@code group_ids} of flags, threats and remediations (6.1.27.9,
 * 6.1.27.10, 6.1.33).
 */
final class ProductGroupMembers {

  private final Map<String, List<String>> members;

  private ProductGroupMembers(Map<String, List<String>> members) {
    this.members = members;
  }

  static ProductGroupMembers of(JsonNode document) {
    Map<String, List<String>> members = new HashMap<>();
    for (JsonNode group : ArrayOrEmpty.of(document.path("product_tree").path("product_groups"))) {
      String id = group.path("group_id").asText(null);
      if (id != null) {
        members.merge(id, ids(group.path("product_ids")), ProductGroupMembers::concat);
      }
    }
    return new ProductGroupMembers(members);
  }

  /**
   * The products an item (flag, threat, remediation) applies to: its {@code product_ids} and the
   * members of its {@code group_ids}, each once, in that order.
   */
  Set<String> productsOf(JsonNode item) {
    Set<String> products = new LinkedHashSet<>(ids(item.path("product_ids")));
    for (JsonNode group : ArrayOrEmpty.of(item.path("group_ids"))) {
      products.addAll(members.getOrDefault(group.asText(), List.of()));
    }
    return products;
  }

  private static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>(array.size());
    for (JsonNode id : ArrayOrEmpty.of(array)) {
      if (id.isTextual()) {
        ids.add(id.asText());
      }
    }
    return ids;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
