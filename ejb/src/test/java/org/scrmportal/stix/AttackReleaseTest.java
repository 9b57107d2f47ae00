package org.scrmportal.stix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * MITRE ATT&amp;CK, the most shared STIX data there is, passes in full: the ICS ATT&amp;CK v18.1
 * release as MITRE publishes it (see NOTICE) has no error, and its warnings are only of the rules
 * that are warnings, each where the data really is unusual.
 */
class AttackReleaseTest {

  static final String RELEASE = "stix/attack/ics-attack-18.1.json";

  /** The identifier form of STIX 2.1 section 2.9, as the official identifier.json has it. */
  private static final Pattern IDENTIFIER =
      Pattern.compile(
          "^[a-z][a-z0-9-]+[a-z0-9]--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$");

  static byte[] release() throws IOException {
    try (InputStream in = AttackReleaseTest.class.getClassLoader().getResourceAsStream(RELEASE)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + RELEASE);
      }
      return in.readAllBytes();
    }
  }

  @Test
  void theIcsReleaseHasNoErrorAndKeepsEveryObject() throws IOException {
    byte[] body = release();
    JsonNode published = new ObjectMapper().readTree(body).path("objects");

    BundleResult result = new BundleReader().read(body);

    assertEquals(List.of(), result.errors());
    assertTrue(result.isValid());
    Set<String> versions = new HashSet<>();
    published.forEach(o -> versions.add(o.path("id").asText() + " " + o.path("modified").asText()));
    assertEquals(versions.size(), result.objects().size(), "every (id, modified) kept");
  }

  /**
   * Each warning is a custom property ({@code x_...}) named like a reference whose value is no
   * identifier, and every such property in the release has its warning.
   */
  @Test
  void theWarningsAreTheCustomReferencesThatHoldNoIdentifier() throws IOException {
    byte[] body = release();
    JsonNode published = new ObjectMapper().readTree(body).path("objects");
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < published.size(); i++) {
      collectCustomNonReferences(published.get(i), "/objects/" + i, false, expected);
    }

    BundleResult result = new BundleReader().read(body);

    Map<StixWarning.Rule, Long> byRule =
        result.warnings().stream()
            .collect(Collectors.groupingBy(StixWarning::rule, TreeMap::new, Collectors.counting()));
    assertTrue(!expected.isEmpty(), "the release has custom references that hold no identifier");
    assertEquals(Map.of(StixWarning.Rule.CUSTOM_REFERENCE, (long) expected.size()), byRule);
    assertEquals(
        expected, result.warnings().stream().map(StixWarning::bundlePointer).toList(), "where");
    for (StixWarning warning : result.warnings()) {
      assertEquals("11.1", warning.section());
      assertEquals(
          published.get(warning.objectIndex()).path("id").asText(),
          warning.objectId().orElseThrow());
    }
  }

  private static void collectCustomNonReferences(
      JsonNode node, String pointer, boolean custom, List<String> into) {
    node.fields()
        .forEachRemaining(
            field -> {
              String name = field.getKey();
              String here = pointer + "/" + name;
              boolean customHere = custom || name.startsWith("x_");
              JsonNode value = field.getValue();
              if (customHere && name.endsWith("_ref") && value.isTextual()) {
                if (!IDENTIFIER.matcher(value.textValue()).matches()) {
                  into.add(here);
                }
              } else if (customHere && name.endsWith("_refs") && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                  if (value.get(i).isTextual()
                      && !IDENTIFIER.matcher(value.get(i).textValue()).matches()) {
                    into.add(here + "/" + i);
                  }
                }
              } else if (value.isObject()) {
                collectCustomNonReferences(value, here, customHere, into);
              } else if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                  if (value.get(i).isObject()) {
                    collectCustomNonReferences(value.get(i), here + "/" + i, customHere, into);
                  }
                }
              }
            });
  }
}
