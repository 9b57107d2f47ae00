package org.scrmportal.supplier;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a CSAF 2.0 document says about products: every full product name of its product tree
 * (section 3.1.2 branches walked recursively, 3.1.3 {@code full_product_names}, 3.1.4
 * relationships), and for each vulnerability (section 3.2) the status of each product (section
 * 3.2.3.9). Plain Java on a parsed document; nothing is stored.
 *
 * @param products the full product names, in document order (one per {@code product_id})
 * @param vulnerabilities the vulnerabilities with their product statuses, in document order
 */
public record ProductTree(List<AdvisoryProduct> products, List<Vulnerability> vulnerabilities) {

  /** The most products one document may name: a guard against documents built to exhaust us. */
  public static final int MAX_PRODUCTS = 100_000;

  /** The deepest branch nesting walked (CSAF documents are at most 64 JSON levels deep here). */
  public static final int MAX_DEPTH = 64;

  /**
   * A vulnerability's product statuses.
   *
   * @param key what identifies it across documents of a publisher: its CVE, else its first {@code
   *     ids} entry ({@code system_name:text}), else its position ({@code #n})
   * @param cve the CVE id, or null
   * @param statuses the statuses of each product id
   */
  public record Vulnerability(String key, String cve, Map<String, Set<ProductStatus>> statuses) {
    public Vulnerability {
      statuses = Map.copyOf(statuses);
    }
  }

  public ProductTree {
    products = List.copyOf(products);
    vulnerabilities = List.copyOf(vulnerabilities);
  }

  public static ProductTree of(JsonNode document) {
    Map<String, AdvisoryProduct> products = new LinkedHashMap<>();
    JsonNode tree = document.path("product_tree");
    walk(tree.path("branches"), new Context(null, null, null, null), products, 0);
    for (JsonNode full : tree.path("full_product_names")) {
      add(products, full, new Context(null, null, null, null), null, null);
    }
    for (JsonNode relationship : tree.path("relationships")) {
      JsonNode full = relationship.path("full_product_name");
      AdvisoryProduct component = products.get(relationship.path("product_reference").asText());
      Context context =
          component == null
              ? new Context(null, null, null, null)
              : new Context(
                  component.vendor(),
                  component.product(),
                  component.version(),
                  component.versionRange());
      AdvisoryProduct own =
          product(
              full,
              context,
              textOrNull(relationship, "category"),
              textOrNull(relationship, "relates_to_product_reference"));
      if (own != null && component != null) {
        own =
            new AdvisoryProduct(
                own.productId(),
                own.name(),
                own.vendor(),
                own.product(),
                own.version(),
                own.versionRange(),
                own.cpe() != null ? own.cpe() : component.cpe(),
                own.purl() != null ? own.purl() : component.purl(),
                own.hashes().isEmpty() ? component.hashes() : own.hashes(),
                own.relationship(),
                own.relatesTo());
      }
      put(products, own);
    }
    List<Vulnerability> vulnerabilities = new ArrayList<>();
    int index = 0;
    for (JsonNode v : document.path("vulnerabilities")) {
      Map<String, Set<ProductStatus>> statuses = new LinkedHashMap<>();
      v.path("product_status")
          .fields()
          .forEachRemaining(
              e ->
                  ProductStatus.ofJsonName(e.getKey())
                      .ifPresent(
                          status -> {
                            for (JsonNode id : e.getValue()) {
                              statuses
                                  .computeIfAbsent(
                                      id.asText(), k -> EnumSet.noneOf(ProductStatus.class))
                                  .add(status);
                            }
                          }));
      String cve = textOrNull(v, "cve");
      JsonNode firstId = v.path("ids").path(0);
      String key =
          cve != null
              ? cve
              : firstId.isObject()
                  ? firstId.path("system_name").asText() + ":" + firstId.path("text").asText()
                  : "#" + index;
      vulnerabilities.add(new Vulnerability(key, cve, statuses));
      index++;
    }
    return new ProductTree(List.copyOf(products.values()), vulnerabilities);
  }

  /** The product with that id, if the tree names it. */
  public java.util.Optional<AdvisoryProduct> product(String productId) {
    return products.stream().filter(p -> p.productId().equals(productId)).findFirst();
  }

  /** Whether some vulnerability gives some product an affected status. */
  public boolean namesAffectedProducts() {
    return vulnerabilities.stream()
        .flatMap(v -> v.statuses().values().stream())
        .flatMap(Set::stream)
        .anyMatch(s -> s.effect() == ProductStatus.Effect.AFFECTED);
  }

  private record Context(String vendor, String product, String version, String versionRange) {}

  private static void walk(
      JsonNode branches, Context context, Map<String, AdvisoryProduct> products, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("product tree branches nest deeper than " + MAX_DEPTH);
    }
    for (JsonNode branch : branches) {
      String name = branch.path("name").asText(null);
      Context here =
          switch (branch.path("category").asText("")) {
            case "vendor" ->
                new Context(name, context.product(), context.version(), context.versionRange());
            case "product_name" ->
                new Context(context.vendor(), name, context.version(), context.versionRange());
            case "product_version" -> new Context(context.vendor(), context.product(), name, null);
            case "product_version_range" ->
                new Context(context.vendor(), context.product(), null, name);
            default -> context;
          };
      if (branch.has("product")) {
        add(products, branch.path("product"), here, null, null);
      }
      walk(branch.path("branches"), here, products, depth + 1);
    }
  }

  private static void add(
      Map<String, AdvisoryProduct> products,
      JsonNode full,
      Context context,
      String relationship,
      String relatesTo) {
    put(products, product(full, context, relationship, relatesTo));
  }

  private static void put(Map<String, AdvisoryProduct> products, AdvisoryProduct product) {
    if (product == null) {
      return;
    }
    if (products.size() >= MAX_PRODUCTS && !products.containsKey(product.productId())) {
      throw new IllegalArgumentException("more than " + MAX_PRODUCTS + " products");
    }
    products.putIfAbsent(product.productId(), product);
  }

  private static AdvisoryProduct product(
      JsonNode full, Context context, String relationship, String relatesTo) {
    String id = textOrNull(full, "product_id");
    if (id == null) {
      return null;
    }
    JsonNode helper = full.path("product_identification_helper");
    List<String> hashes = new ArrayList<>();
    for (JsonNode hash : helper.path("hashes")) {
      for (JsonNode fileHash : hash.path("file_hashes")) {
        hashes.add(
            hash.path("filename").asText()
                + " "
                + fileHash.path("algorithm").asText()
                + ":"
                + fileHash.path("value").asText());
      }
    }
    return new AdvisoryProduct(
        id,
        textOrNull(full, "name"),
        context.vendor(),
        context.product(),
        context.version(),
        context.versionRange(),
        textOrNull(helper, "cpe"),
        textOrNull(helper, "purl"),
        hashes,
        relationship,
        relatesTo);
  }

  private static String textOrNull(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
  }
}
