package org.scrmportal.baseline.oscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Resolving NIST's SP 800-53 rev5 LOW, MODERATE and HIGH baseline profiles gives what NIST
 * published as their resolved catalogs: the same controls in the same order, the same parameters
 * (ids, labels, values, selections) and the same parts (ids, names, titles, prose), compared on our
 * model field by field. NIST's full catalog is not in the project; the HIGH resolved catalog holds
 * every control of the three baselines and, the profiles having no {@code modify}, stands in for
 * it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NistBaselineEquivalenceTest {

  private final OscalDocuments documents = new OscalDocuments();
  private OscalDocument fullCatalog;

  @BeforeAll
  void readTheStandIn() {
    fullCatalog = documents.read(Nist.bytes(Nist.HIGH_CATALOG));
  }

  @ParameterizedTest
  @ValueSource(strings = {"LOW", "MODERATE", "HIGH"})
  void resolvingTheProfileGivesNistsResolvedCatalog(String level) throws IOException {
    OscalDocument profile = documents.read(Nist.bytes(Nist.profile(level)));
    byte[] nistBytes =
        level.equals("HIGH")
            ? Nist.bytes(Nist.resolved(level))
            : Nist.bytes("/oscal/nist-sp800-53r5/" + Nist.resolved(level));
    Catalog nist = documents.catalogOf(documents.read(nistBytes));

    ResolvedCatalog ours =
        new ProfileResolution().resolve(profile, Nist.highCatalogAsFullCatalog(fullCatalog));

    // how many controls NIST's file has, counted from the file itself
    assertEquals(countControls(nistBytes), nist.allControls().size());
    List<String> differences = new ArrayList<>();
    compareCatalogs(nist, ours.catalog(), differences);
    if (!differences.isEmpty()) {
      fail(
          level
              + ": "
              + differences.size()
              + " differences from NIST's resolved catalog, first ones:\n  "
              + String.join("\n  ", differences.subList(0, Math.min(20, differences.size()))));
    }
    assertEquals(nist.allControls().size(), ours.catalog().allControls().size());
    assertTrue(nist.allControls().size() > 100, "a baseline has more than a hundred controls");
  }

  /** Counts objects with an "id" in "controls" arrays anywhere in the raw JSON. */
  private static int countControls(byte[] json) throws IOException {
    return countControls(new ObjectMapper().readTree(json), false);
  }

  private static int countControls(JsonNode node, boolean inControls) {
    int count = 0;
    if (node.isObject()) {
      if (inControls && node.has("id")) {
        count++;
      }
      var fields = node.fields();
      while (fields.hasNext()) {
        var field = fields.next();
        count += countControls(field.getValue(), field.getKey().equals("controls"));
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        count += countControls(item, inControls);
      }
    }
    return count;
  }

  private static void compareCatalogs(Catalog expected, Catalog actual, List<String> out) {
    same("catalog params", ids(expected.params()), ids(actual.params()), out);
    same("families", groupIds(expected.groups()), groupIds(actual.groups()), out);
    List<Control> e = expected.allControls();
    List<Control> a = actual.allControls();
    same("control ids in order", controlIds(e), controlIds(a), out);
    for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
      compareControls(e.get(i), a.get(i), out);
    }
    for (Control control : e) {
      same(
          control.id() + " family",
          expected.familyOf(control.id()),
          actual.familyOf(control.id()),
          out);
    }
  }

  private static void compareControls(Control e, Control a, List<String> out) {
    String where = e.id();
    same(where + " id", e.id(), a.id(), out);
    same(where + " title", e.title(), a.title(), out);
    same(where + " class", e.clazz(), a.clazz(), out);
    same(where + " label", e.label(), a.label(), out);
    same(where + " props", e.props(), a.props(), out);
    same(where + " links", e.links(), a.links(), out);
    same(where + " param ids", ids(e.params()), ids(a.params()), out);
    for (int i = 0; i < Math.min(e.params().size(), a.params().size()); i++) {
      Param pe = e.params().get(i);
      Param pa = a.params().get(i);
      String p = where + " param " + pe.id();
      same(p + " label", pe.label(), pa.label(), out);
      same(p + " values", pe.values(), pa.values(), out);
      same(p + " select", pe.select(), pa.select(), out);
      same(p + " guidelines", pe.guidelines(), pa.guidelines(), out);
      same(p + " props", pe.props(), pa.props(), out);
    }
    compareParts(where, e.parts(), a.parts(), out);
    same(where + " enhancements", controlIds(e.controls()), controlIds(a.controls()), out);
  }

  private static void compareParts(String where, List<Part> e, List<Part> a, List<String> out) {
    same(where + " part ids", partIds(e), partIds(a), out);
    for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
      Part pe = e.get(i);
      Part pa = a.get(i);
      String p = where + " part " + (pe.id() == null ? pe.name() + "#" + i : pe.id());
      same(p + " name", pe.name(), pa.name(), out);
      same(p + " title", pe.title(), pa.title(), out);
      same(p + " prose", pe.prose(), pa.prose(), out);
      same(p + " props", pe.props(), pa.props(), out);
      compareParts(p, pe.parts(), pa.parts(), out);
    }
  }

  private static void same(String what, Object expected, Object actual, List<String> out) {
    if (!Objects.equals(expected, actual)) {
      out.add(what + ": NIST " + expected + " / ours " + actual);
    }
  }

  private static List<String> ids(List<Param> params) {
    return params.stream().map(Param::id).toList();
  }

  private static List<String> groupIds(List<Group> groups) {
    return groups.stream().map(Group::id).toList();
  }

  private static List<String> controlIds(List<Control> controls) {
    return controls.stream().map(Control::id).toList();
  }

  private static List<String> partIds(List<Part> parts) {
    return parts.stream().map(p -> p.id() == null ? "(" + p.name() + ")" : p.id()).toList();
  }
}
