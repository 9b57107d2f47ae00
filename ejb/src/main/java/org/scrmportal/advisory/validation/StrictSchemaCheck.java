package org.scrmportal.advisory.validation;

import static org.scrmportal.advisory.validation.AdvisoryJsonWalk.child;

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
 * are the unmodified copies in {@code csaf/schema/} (origin in NOTICE); the walk never fetches one.
 */
final class StrictSchemaCheck {

  private static final String BASE = "csaf/schema/";
  private static final String CSAF_ID =
      "https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json";
  private static final Map<String, JsonNode> SCHEMAS =
      Map.of(
          CSAF_ID,
          load("csaf_json_schema.json"),
          "https://www.first.org/cvss/cvss-v2.0.json",
          load("first/cvss-v2.0.json"),
          "https://www.first.org/cvss/cvss-v3.0.json",
          load("first/cvss-v3.0.json"),
          "https://www.first.org/cvss/cvss-v3.1.json",
          load("first/cvss-v3.1.json"));

  private StrictSchemaCheck() {}

  private static JsonNode load(String name) {
    try (InputStream in =
        StrictSchemaCheck.class.getClassLoader().getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BASE + name);
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** 6.2.20: the findings, one per key the schema does not define. */
  static List<Finding> additionalProperties(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    JsonNode root = SCHEMAS.get(CSAF_ID);
    walk(document, root, root, "", findings, 0);
    return findings;
  }

  private static void walk(
      JsonNode value,
      JsonNode schema,
      JsonNode root,
      String pointer,
      List<Finding> out,
      int depth) {
    if (depth > 2000 || schema == null || !schema.isObject()) {
      return;
    }
    JsonNode ref = schema.get("$ref");
    if (ref != null && ref.isTextual()) {
      String target = ref.asText();
      if (target.startsWith("#")) {
        walk(value, root.at(target.substring(1)), root, pointer, out, depth + 1);
      } else {
        JsonNode external = SCHEMAS.get(target);
        walk(value, external, external, pointer, out, depth + 1);
      }
      return;
    }
    for (String alternatives : List.of("oneOf", "anyOf")) {
      JsonNode options = schema.get(alternatives);
      if (options != null && options.isArray() && !options.isEmpty()) {
        List<Finding> best = null;
        for (JsonNode option : options) {
          List<Finding> found = new ArrayList<>();
          walk(value, option, root, pointer, found, depth + 1);
          if (best == null || found.size() < best.size()) {
            best = found;
          }
        }
        out.addAll(best);
      }
    }
    JsonNode properties = schema.get("properties");
    if (value.isObject() && properties != null && properties.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        String here = child(pointer, field.getKey());
        JsonNode property = properties.get(field.getKey());
        if (property == null) {
          out.add(
              new Finding(
                  "6.2.20",
                  here,
                  "The key " + field.getKey() + " is not defined in the CSAF JSON schema."));
        } else {
          walk(field.getValue(), property, root, here, out, depth + 1);
        }
      }
    }
    JsonNode items = schema.get("items");
    if (value.isArray() && items != null && items.isObject()) {
      for (int i = 0; i < value.size(); i++) {
        walk(value.get(i), items, root, AdvisoryJsonWalk.item(pointer, i), out, depth + 1);
      }
    }
  }
}
