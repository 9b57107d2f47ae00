package org.scrmportal.advisory.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Builds the small CSAF documents of the 6.2 and 6.3 unit tests: a complete base document with the
 * parts a test needs merged in (JSON written with single quotes for readability), keys sorted.
 */
final class OptionalInformativeDocs {

  static final ObjectMapper JSON = new ObjectMapper();

  /** A document that passes every test of 6.2 (and of 6.3, but 6.3.3, 6.3.4, 6.3.8). */
  static final String BASE =
      """
      {'document': {
        'category': 'csaf_base',
        'csaf_version': '2.0',
        'distribution': {'tlp': {'label': 'WHITE'}},
        'lang': 'en',
        'publisher': {'category': 'vendor', 'name': 'Example Company',
                      'namespace': 'https://example.com'},
        'references': [{'category': 'self', 'summary': 'The canonical URL.',
                        'url': 'https://example.com/csaf/2024/example-2024-0001.json'}],
        'title': 'Test advisory',
        'tracking': {
          'current_release_date': '2024-02-01T10:00:00.000Z',
          'id': 'EXAMPLE-2024-0001',
          'initial_release_date': '2024-01-01T10:00:00.000Z',
          'revision_history': [
            {'date': '2024-01-01T10:00:00.000Z', 'number': '1', 'summary': 'Initial version.'},
            {'date': '2024-02-01T10:00:00.000Z', 'number': '2', 'summary': 'Second version.'}],
          'status': 'final',
          'version': '2'}}}
      """;

  private OptionalInformativeDocs() {}

  /** The base document with {@code partial} merged in (objects merged, arrays replaced). */
  static JsonNode doc(String partial) {
    ObjectNode base = (ObjectNode) raw(BASE);
    merge(base, (ObjectNode) raw(partial));
    return sorted(base);
  }

  /** The base document without the member at {@code pointer}, after merging {@code partial}. */
  static JsonNode without(String partial, String pointer) {
    JsonNode doc = doc(partial);
    int slash = pointer.lastIndexOf('/');
    ((ObjectNode) doc.at(pointer.substring(0, slash))).remove(pointer.substring(slash + 1));
    return doc;
  }

  /** {@code json} (single quotes for double ones) parsed as it is, keys in their order. */
  static JsonNode raw(String json) {
    try {
      return JSON.readTree(json.replace('\'', '"'));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static void merge(ObjectNode into, ObjectNode from) {
    for (Iterator<Map.Entry<String, JsonNode>> fields = from.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode existing = into.get(field.getKey());
      if (existing instanceof ObjectNode target && field.getValue() instanceof ObjectNode source) {
        merge(target, source);
      } else {
        into.set(field.getKey(), field.getValue());
      }
    }
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      TreeMap<String, JsonNode> fields = new TreeMap<>();
      node.fields().forEachRemaining(f -> fields.put(f.getKey(), sorted(f.getValue())));
      ObjectNode copy = JSON.createObjectNode();
      fields.forEach(copy::set);
      return copy;
    }
    if (node.isArray()) {
      var copy = JSON.createArrayNode();
      node.forEach(item -> copy.add(sorted(item)));
      return copy;
    }
    return node;
  }

  /** The test numbered {@code number} among the optional and (offline) informative tests. */
  static CsafTest test(String number) {
    return Stream.concat(OptionalTests.all().stream(), InformativeTests.all().stream())
        .filter(t -> t.number().equals(number))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no test " + number));
  }

  /** The JSON Pointers of the findings of {@code test} on {@code document}, checking their test. */
  static List<String> pointers(CsafTest test, JsonNode document) {
    List<String> pointers = new ArrayList<>();
    for (Finding finding : test.run(document)) {
      assertEquals(test.number(), finding.test(), finding.toString());
      assertEquals(false, finding.message().isBlank(), finding.toString());
      pointers.add(finding.path());
    }
    return pointers;
  }

  /** The JSON Pointers of the findings of test {@code number} on {@code document}. */
  static List<String> pointers(String number, JsonNode document) {
    return pointers(test(number), document);
  }
}
