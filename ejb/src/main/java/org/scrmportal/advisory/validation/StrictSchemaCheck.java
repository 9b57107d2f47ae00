package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Test 6.2.20 (Additional Properties): every key of the document is defined in the CSAF JSON
 * schema. Walks the document along the bundled CSAF 2.0 schema (and the FIRST CVSS schemas it
 * references) as a "strict" schema would, that is as if each object schema had {@code
 * "additionalProperties": false}: a key its object schema does not list under {@code properties} is
 * a finding. Where the schema offers alternatives ({@code oneOf}, {@code anyOf}; only {@code
 * cvss_v3} does, 3.0 or 3.1), the alternative with the fewest findings counts. The bundled schemas
 * are those of {@link CsafSchemas} (unmodified copies, origin in NOTICE); the walk never fetches
 * one.
 */
final class StrictSchemaCheck {

  private static final Map<String, JsonNode> SCHEMAS =
      Map.of(
          CsafSchemas.CSAF,
          load(CsafSchemas.CSAF),
          CsafSchemas.CVSS_V2,
          load(CsafSchemas.CVSS_V2),
          CsafSchemas.CVSS_V3_0,
          load(CsafSchemas.CVSS_V3_0),
          CsafSchemas.CVSS_V3_1,
          load(CsafSchemas.CVSS_V3_1));

  private StrictSchemaCheck() {}

  /** The bundled copy of the schema at {@code address}, as JSON. */
  private static JsonNode load(String address) {
    String resource = CsafSchemas.bundledResource(address);
    try (InputStream in = StrictSchemaCheck.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** 6.2.20: the findings, one per key the schema does not define. */
  static List<Finding> additionalProperties(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    JsonNode root = SCHEMAS.get(CsafSchemas.CSAF);
    walk(Located.root(document), root, root, findings, 0);
    return findings;
  }

  private static void walk(
      Located at, JsonNode schema, JsonNode root, List<Finding> out, int depth) {
    if (depth > 2000 || schema == null || !schema.isObject()) {
      return;
    }
    JsonNode ref = schema.get("$ref");
    if (ref != null && ref.isTextual()) {
      String target = ref.asText();
      if (target.startsWith("#")) {
        walk(at, root.at(target.substring(1)), root, out, depth + 1);
      } else {
        JsonNode external = SCHEMAS.get(target);
        walk(at, external, external, out, depth + 1);
      }
      return;
    }
    for (String alternatives : List.of("oneOf", "anyOf")) {
      JsonNode options = schema.get(alternatives);
      if (options != null && options.isArray() && !options.isEmpty()) {
        List<Finding> best = null;
        for (JsonNode option : options) {
          List<Finding> found = new ArrayList<>();
          walk(at, option, root, found, depth + 1);
          if (best == null || found.size() < best.size()) {
            best = found;
          }
        }
        out.addAll(best);
      }
    }
    JsonNode value = at.node();
    JsonNode properties = schema.get("properties");
    if (value.isObject() && properties != null && properties.isObject()) {
      for (Iterator<String> keys = value.fieldNames(); keys.hasNext(); ) {
        String key = keys.next();
        JsonNode property = properties.get(key);
        if (property == null) {
          out.add(
              new Finding(
                  "6.2.20",
                  at.get(key).pointer(),
                  "The key " + key + " is not defined in the CSAF JSON schema."));
        } else {
          walk(at.get(key), property, root, out, depth + 1);
        }
      }
    }
    JsonNode items = schema.get("items");
    if (value.isArray() && items != null && items.isObject()) {
      for (Located item : at.elements()) {
        walk(item, items, root, out, depth + 1);
      }
    }
  }
}
