package org.scrmportal.advisory.provider;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ROLIE category terms of one CSAF document (CSAF 2.0 section 7.1.17, requirement 17): its
 * document category ({@code /document/category}), and the names of the branches of its product tree
 * of category {@code vendor}, {@code product_family} and {@code product_name}.
 */
final class CategoryTerms {

  private static final Set<String> BRANCH_CATEGORIES =
      Set.of("vendor", "product_family", "product_name");

  /** Nesting limit for stored documents, which the store validated (and limited) on the way in. */
  private static final ObjectMapper JSON =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(256).build())
              .build());

  private CategoryTerms() {}

  /** The terms of the document; none when it is not JSON (never for a stored document). */
  static Set<String> of(byte[] document) {
    JsonNode root;
    try {
      root = JSON.readTree(document);
    } catch (IOException e) {
      return Set.of();
    }
    Set<String> terms = new TreeSet<>();
    if (root == null) {
      return terms;
    }
    JsonNode category = root.path("document").path("category");
    if (category.isTextual() && !category.asText().isBlank()) {
      terms.add(category.asText());
    }
    collect(root.path("product_tree").path("branches"), terms, 0);
    return terms;
  }

  private static void collect(JsonNode branches, Set<String> terms, int depth) {
    if (!branches.isArray() || depth > 64) {
      return;
    }
    for (JsonNode branch : branches) {
      String category = branch.path("category").asText("");
      String name = branch.path("name").asText("");
      if (BRANCH_CATEGORIES.contains(category) && !name.isBlank()) {
        terms.add(name);
      }
      collect(branch.path("branches"), terms, depth + 1);
    }
  }
}
