package org.scrmportal.web.ui;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A CSAF 2.0 document rendered for people: what the advisory page shows, read from the bytes as
 * stored (already valid, CSAF 2.0 section 3). Products are named by their full product names from
 * the product tree (section 3.1.5), with the branch path that leads to them; a product id not in
 * the tree is shown as it is.
 */
public final class CsafView {

  /** A note (section 3.2.1.7): category, title (may be empty), text. */
  public record Note(String category, String title, String text) {}

  /** A reference (section 3.2.1.8). */
  public record Reference(String category, String summary, String url) {
    /** The URL to link to, or null where it is not http(s) (never a {@code javascript:} link). */
    public String href() {
      return CsafView.href(url);
    }
  }

  /** A product of the tree: id, full name, branch path, CPE and PURL where given. */
  public record Product(String id, String name, String path, String cpe, String purl) {}

  /** A revision of the tracking's history. */
  public record Revision(String number, String date, String summary) {}

  /** A CVSS score of a vulnerability for some products (section 3.2.3.13). */
  public record Score(
      String version, String baseScore, String severity, String vector, List<String> products) {}

  /** The products of one status, e.g. {@code known_affected}, by name. */
  public record Status(String status, List<String> products) {}

  /** A remediation (section 3.2.3.12). */
  public record Remediation(
      String category, String details, String url, String date, List<String> products) {
    /** The URL to link to, or null where it is not http(s). */
    public String href() {
      return CsafView.href(url);
    }
  }

  /** {@code url} where it is an http(s) URL, else null. */
  static String href(String url) {
    String lower = url == null ? "" : url.strip().toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") ? url.strip() : null;
  }

  /** A vulnerability (section 3.2.3). */
  public record Vulnerability(
      String cve,
      String title,
      String cweId,
      String cweName,
      List<Score> scores,
      List<Status> statuses,
      List<Remediation> remediations,
      List<Note> notes,
      List<Reference> references) {}

  private final JsonObject document;
  private final Map<String, Product> products = new LinkedHashMap<>();

  private CsafView(JsonObject root) {
    this.document = root.getJsonObject("document");
    JsonObject tree = object(root, "product_tree");
    if (tree != null) {
      branches(array(tree, "branches"), "");
      for (JsonObject full : objects(array(tree, "full_product_names"))) {
        addProduct(full, "");
      }
      for (JsonObject relationship : objects(array(tree, "relationships"))) {
        JsonObject full = object(relationship, "full_product_name");
        if (full != null) {
          addProduct(full, "");
        }
      }
    }
    this.vulnerabilities = vulnerabilities(array(root, "vulnerabilities"));
  }

  private final List<Vulnerability> vulnerabilities;

  /**
   * The document in {@code content}.
   *
   * @throws IllegalArgumentException when it is not a JSON object with a {@code document}
   */
  public static CsafView of(byte[] content) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(content))) {
      JsonObject root = reader.readObject();
      if (object(root, "document") == null) {
        throw new IllegalArgumentException("not a CSAF document");
      }
      return new CsafView(root);
    } catch (JsonException | ClassCastException e) {
      throw new IllegalArgumentException("not a CSAF document", e);
    }
  }

  public String getTitle() {
    return text(document, "title");
  }

  public String getCategory() {
    return text(document, "category");
  }

  public String getPublisherName() {
    return text(object(document, "publisher"), "name");
  }

  public String getPublisherNamespace() {
    return text(object(document, "publisher"), "namespace");
  }

  public String getPublisherCategory() {
    return text(object(document, "publisher"), "category");
  }

  public String getTrackingId() {
    return text(object(document, "tracking"), "id");
  }

  public String getVersion() {
    return text(object(document, "tracking"), "version");
  }

  public String getStatus() {
    return text(object(document, "tracking"), "status");
  }

  public String getInitialReleaseDate() {
    return text(object(document, "tracking"), "initial_release_date");
  }

  public String getCurrentReleaseDate() {
    return text(object(document, "tracking"), "current_release_date");
  }

  /** The TLP label of the document's distribution (TLP 1.0 words), or empty. */
  public String getTlpLabel() {
    return text(object(object(document, "distribution"), "tlp"), "label");
  }

  /** The aggregate severity's text, or empty. */
  public String getAggregateSeverity() {
    return text(object(document, "aggregate_severity"), "text");
  }

  public List<Revision> getRevisions() {
    return objects(array(object(document, "tracking"), "revision_history")).stream()
        .map(r -> new Revision(text(r, "number"), text(r, "date"), text(r, "summary")))
        .toList();
  }

  public List<Note> getNotes() {
    return notes(array(document, "notes"));
  }

  public List<Reference> getReferences() {
    return references(array(document, "references"));
  }

  public List<Product> getProducts() {
    return List.copyOf(products.values());
  }

  public List<Vulnerability> getVulnerabilities() {
    return vulnerabilities;
  }

  /** The name of a product id: its full product name, or the id where the tree has none. */
  public String productName(String id) {
    return Optional.ofNullable(products.get(id)).map(Product::name).orElse(id);
  }

  // ------------------------------------------------------------------------------------------

  private void branches(JsonArray branches, String path) {
    for (JsonObject branch : objects(branches)) {
      String here = (path.isEmpty() ? "" : path + " / ") + text(branch, "name");
      JsonObject product = object(branch, "product");
      if (product != null) {
        addProduct(product, here);
      }
      branches(array(branch, "branches"), here);
    }
  }

  private void addProduct(JsonObject full, String path) {
    String id = text(full, "product_id");
    if (id.isEmpty()) {
      return;
    }
    JsonObject helper = object(full, "product_identification_helper");
    products.putIfAbsent(
        id, new Product(id, text(full, "name"), path, text(helper, "cpe"), text(helper, "purl")));
  }

  private List<Vulnerability> vulnerabilities(JsonArray array) {
    List<Vulnerability> list = new ArrayList<>();
    for (JsonObject v : objects(array)) {
      JsonObject cwe = object(v, "cwe");
      List<Score> scores = new ArrayList<>();
      for (JsonObject s : objects(array(v, "scores"))) {
        List<String> named = names(array(s, "products"));
        for (String kind : List.of("cvss_v3", "cvss_v2")) {
          JsonObject cvss = object(s, kind);
          if (cvss != null) {
            scores.add(
                new Score(
                    text(cvss, "version"),
                    number(cvss, "baseScore"),
                    text(cvss, "baseSeverity"),
                    text(cvss, "vectorString"),
                    named));
          }
        }
      }
      List<Status> statuses = new ArrayList<>();
      JsonObject status = object(v, "product_status");
      if (status != null) {
        for (String name : status.keySet()) {
          statuses.add(new Status(name, names(array(status, name))));
        }
      }
      List<Remediation> remediations =
          objects(array(v, "remediations")).stream()
              .map(
                  r ->
                      new Remediation(
                          text(r, "category"),
                          text(r, "details"),
                          text(r, "url"),
                          text(r, "date"),
                          names(array(r, "product_ids"))))
              .toList();
      list.add(
          new Vulnerability(
              text(v, "cve"),
              text(v, "title"),
              text(cwe, "id"),
              text(cwe, "name"),
              List.copyOf(scores),
              List.copyOf(statuses),
              remediations,
              notes(array(v, "notes")),
              references(array(v, "references"))));
    }
    return List.copyOf(list);
  }

  private List<String> names(JsonArray ids) {
    List<String> names = new ArrayList<>();
    if (ids != null) {
      for (JsonValue id : ids) {
        if (id instanceof JsonString s) {
          names.add(productName(s.getString()));
        }
      }
    }
    return List.copyOf(names);
  }

  private static List<Note> notes(JsonArray array) {
    return objects(array).stream()
        .map(n -> new Note(text(n, "category"), text(n, "title"), text(n, "text")))
        .toList();
  }

  private static List<Reference> references(JsonArray array) {
    return objects(array).stream()
        .map(r -> new Reference(text(r, "category"), text(r, "summary"), text(r, "url")))
        .toList();
  }

  private static JsonObject object(JsonObject parent, String name) {
    if (parent == null) {
      return null;
    }
    JsonValue value = parent.get(name);
    return value instanceof JsonObject o ? o : null;
  }

  private static JsonArray array(JsonObject parent, String name) {
    if (parent == null) {
      return null;
    }
    JsonValue value = parent.get(name);
    return value instanceof JsonArray a ? a : null;
  }

  private static List<JsonObject> objects(JsonArray array) {
    if (array == null) {
      return List.of();
    }
    List<JsonObject> objects = new ArrayList<>();
    for (JsonValue v : array) {
      if (v instanceof JsonObject o) {
        objects.add(o);
      }
    }
    return objects;
  }

  /** The string member {@code name}, or "" where there is none. */
  private static String text(JsonObject parent, String name) {
    if (parent == null) {
      return "";
    }
    JsonValue value = parent.get(name);
    return value instanceof JsonString s ? s.getString() : "";
  }

  private static String number(JsonObject parent, String name) {
    JsonValue value = parent == null ? null : parent.get(name);
    return value == null || value.getValueType() != JsonValue.ValueType.NUMBER
        ? ""
        : value.toString();
  }
}
