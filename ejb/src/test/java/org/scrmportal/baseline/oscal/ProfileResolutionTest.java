package org.scrmportal.baseline.oscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Profile resolution per the OSCAL profile resolution specification
 * (https://pages.nist.gov/OSCAL/resources/concepts/processing/profile-resolution/), one test per
 * feature, over the small sample catalog.
 */
class ProfileResolutionTest {

  private static final String CATALOG = "\"href\": \"catalog.json\"";

  private final OscalDocuments documents = new OscalDocuments();
  private final ProfileResolution resolution = new ProfileResolution();
  private final OscalDocument catalog = documents.read(Samples.utf8(Samples.CATALOG_JSON));

  private Catalog resolve(String imports, String merge, String modify) {
    OscalDocument profile = documents.read(Samples.utf8(Samples.profile(imports, merge, modify)));
    return resolution.resolve(profile, Samples.source(Map.of("catalog.json", catalog))).catalog();
  }

  private static List<String> ids(Catalog catalog) {
    return catalog.allControls().stream().map(Control::id).toList();
  }

  private static List<String> ids(List<?> items) {
    return items.stream()
        .map(i -> i instanceof Part p ? p.id() : i instanceof Group g ? g.id() : ((Control) i).id())
        .toList();
  }

  private static String asIs() {
    return "{\"as-is\": true}";
  }

  // ------------------------------------------------------------------ import: selection

  @Test
  void includeAllSelectsEveryControlInCatalogOrder() {
    Catalog resolved = resolve("{" + CATALOG + ", \"include-all\": {}}", asIs(), null);

    assertEquals(ids(documents.catalogOf(catalog)), ids(resolved));
  }

  @Test
  void includeControlsWithIdsSelectsThoseControlsAndNotTheirEnhancements() {
    Catalog resolved =
        resolve(
            "{" + CATALOG + ", \"include-controls\": [{\"with-ids\": [\"sr-2\", \"ac-1\"]}]}",
            asIs(),
            null);

    assertEquals(List.of("sr-2", "ac-1"), ids(resolved));
    // the selected control is whole: its parts come along
    assertEquals(List.of("sr-2_smt"), ids(resolved.control("sr-2").orElseThrow().parts()));
  }

  @Test
  void withChildControlsSelectsTheEnhancementsToo() {
    Catalog resolved =
        resolve(
            "{"
                + CATALOG
                + ", \"include-controls\": [{\"with-child-controls\": \"yes\", \"with-ids\": [\"sr-3\"]}]}",
            asIs(),
            null);

    assertEquals(List.of("sr-3", "sr-3.1", "sr-3.2", "sr-3.3"), ids(resolved));
  }

  @Test
  void matchingPatternsSelectByGlobOverIds() {
    Catalog resolved =
        resolve(
            "{" + CATALOG + ", \"include-controls\": [{\"matching\": [{\"pattern\": \"*-2*\"}]}]}",
            asIs(),
            null);

    assertEquals(List.of("sr-2", "sr-2.1", "ac-2", "ac-2.1"), ids(resolved));
  }

  @Test
  void excludeControlsRemovesThemFromTheSelection() {
    Catalog resolved =
        resolve(
            "{"
                + CATALOG
                + ", \"include-all\": {}, \"exclude-controls\": [{\"with-ids\": [\"sr-1\", \"ac-2.1\"]}]}",
            asIs(),
            null);

    assertEquals(
        List.of("sr-2", "sr-2.1", "sr-3", "sr-3.1", "sr-3.2", "sr-3.3", "ac-1", "ac-2"),
        ids(resolved));
  }

  @Test
  void excludeByPatternRemovesEveryMatch() {
    Catalog resolved =
        resolve(
            "{"
                + CATALOG
                + ", \"include-all\": {}, \"exclude-controls\": [{\"matching\": [{\"pattern\": \"sr-3.*\"}]}]}",
            asIs(),
            null);

    assertEquals(
        List.of("sr-1", "sr-2", "sr-2.1", "sr-3", "ac-1", "ac-2", "ac-2.1"), ids(resolved));
  }

  // ------------------------------------------------------------------ merge

  @Test
  void mergeAsIsKeepsTheCatalogsGroupsAndDropsEmptyOnes() {
    Catalog resolved =
        resolve(
            "{" + CATALOG + ", \"include-controls\": [{\"with-ids\": [\"sr-2\"]}]}", asIs(), null);

    assertEquals(List.of("sr"), ids(resolved.groups()));
    assertEquals("Supply Chain Risk Management", resolved.groups().get(0).title());
    assertEquals("sr", resolved.familyOf("sr-2").orElseThrow());
  }

  @Test
  void mergeFlatRemovesGroupsAndNesting() {
    Catalog flat = resolve("{" + CATALOG + ", \"include-all\": {}}", "{\"flat\": {}}", null);
    Catalog byDefault = resolve("{" + CATALOG + ", \"include-all\": {}}", null, null);

    for (Catalog resolved : List.of(flat, byDefault)) {
      assertEquals(List.of(), resolved.groups());
      assertEquals(ids(documents.catalogOf(catalog)), ids(resolved.controls()));
      assertTrue(resolved.controls().stream().allMatch(c -> c.controls().isEmpty()));
    }
  }

  @Test
  void mergeCustomIsRefusedClearly() {
    OscalInvalid invalid =
        assertThrows(
            OscalInvalid.class,
            () ->
                resolve(
                    "{" + CATALOG + ", \"include-all\": {}}",
                    "{\"custom\": {\"groups\": [{\"title\": \"All\", \"insert-controls\": [{\"include-all\": {}}]}]}}",
                    null));

    assertTrue(
        invalid.getMessage().contains("merge \"custom\" is not supported"), invalid.getMessage());
  }

  // ------------------------------------------------------------------ modify

  @Test
  void setParametersReplacesValuesAndLabelAndSelection() {
    Catalog resolved =
        resolve(
            "{" + CATALOG + ", \"include-all\": {}}",
            asIs(),
            """
            {"set-parameters": [
              {"param-id": "sr-01_odp.01", "label": "review frequency", "values": ["every 90 days"]},
              {"param-id": "sr-01_odp.02", "select": {"how-many": "one", "choice": ["system-level"]}}
            ]}
            """);

    List<Param> params = resolved.control("sr-1").orElseThrow().params();
    assertEquals("review frequency", params.get(0).label());
    assertEquals(List.of("every 90 days"), params.get(0).values());
    assertEquals(List.of("at least annually"), params.get(0).guidelines());
    assertEquals(new Select("one", List.of("system-level")), params.get(1).select());
  }

  @Test
  void setParametersOnAParameterThatIsNotThereIsRefused() {
    OscalInvalid invalid =
        assertThrows(
            OscalInvalid.class,
            () ->
                resolve(
                    "{" + CATALOG + ", \"include-controls\": [{\"with-ids\": [\"ac-1\"]}]}",
                    asIs(),
                    "{\"set-parameters\": [{\"param-id\": \"sr-01_odp.01\", \"values\": [\"x\"]}]}"));

    assertTrue(invalid.getMessage().contains("sr-01_odp.01"), invalid.getMessage());
  }

  @Test
  void altersAddPartsAtTheStartingAndEndingOfAControl() {
    Catalog resolved =
        resolve(
            "{" + CATALOG + ", \"include-all\": {}}",
            asIs(),
            """
            {"alters": [{"control-id": "sr-1", "adds": [
              {"position": "starting", "parts": [{"id": "sr-1_first", "name": "overview", "prose": "First."}]},
              {"position": "ending", "parts": [{"id": "sr-1_last", "name": "overview", "prose": "Last."}],
               "props": [{"name": "marking", "value": "tailored"}]}
            ]}]}
            """);

    Control sr1 = resolved.control("sr-1").orElseThrow();
    assertEquals(List.of("sr-1_first", "sr-1_smt", "sr-1_gdn", "sr-1_last"), ids(sr1.parts()));
    assertEquals("First.", sr1.parts().get(0).prose());
    assertTrue(
        sr1.props().stream()
            .anyMatch(p -> p.name().equals("marking") && p.value().equals("tailored")));
  }

  @Test
  void altersAddPartsBeforeAndAfterAPartById() {
    Catalog resolved =
        resolve(
            "{" + CATALOG + ", \"include-all\": {}}",
            asIs(),
            """
            {"alters": [
              {"control-id": "sr-3", "adds": [
                {"position": "before", "by-id": "sr-3_gdn",
                 "parts": [{"id": "sr-3_note", "name": "overview", "prose": "Before guidance."}]}]},
              {"control-id": "sr-2", "adds": [
                {"position": "after", "by-id": "sr-2_smt.a",
                 "parts": [{"id": "sr-2_smt.a2", "name": "item", "prose": "Between a and b."}]}]}
            ]}
            """);

    assertEquals(
        List.of("sr-3_smt", "sr-3_note", "sr-3_gdn", "sr-3_obj"),
        ids(resolved.control("sr-3").orElseThrow().parts()));
    assertEquals(
        List.of("sr-2_smt.a", "sr-2_smt.a2", "sr-2_smt.b"),
        ids(resolved.control("sr-2").orElseThrow().parts().get(0).parts()));
  }

  @Test
  void altersRemoveByIdByNameAndByClass() {
    Catalog resolved =
        resolve(
            "{" + CATALOG + ", \"include-all\": {}}",
            asIs(),
            """
            {"alters": [
              {"control-id": "sr-1", "removes": [{"by-id": "sr-1_gdn"}]},
              {"control-id": "sr-3", "removes": [{"by-name": "guidance"}, {"by-class": "internal"}]},
              {"control-id": "sr-2", "removes": [{"by-id": "sr-2_smt.b"}]}
            ]}
            """);

    assertEquals(List.of("sr-1_smt"), ids(resolved.control("sr-1").orElseThrow().parts()));
    assertEquals(List.of("sr-3_smt"), ids(resolved.control("sr-3").orElseThrow().parts()));
    assertEquals(
        List.of("sr-2_smt.a"), ids(resolved.control("sr-2").orElseThrow().parts().get(0).parts()));
  }

  @Test
  void anAlterOfAControlThatWasNotSelectedIsRefused() {
    OscalInvalid invalid =
        assertThrows(
            OscalInvalid.class,
            () ->
                resolve(
                    "{" + CATALOG + ", \"include-controls\": [{\"with-ids\": [\"ac-1\"]}]}",
                    asIs(),
                    "{\"alters\": [{\"control-id\": \"sr-1\", \"removes\": [{\"by-id\": \"sr-1_gdn\"}]}]}"));

    assertTrue(invalid.getMessage().contains("sr-1"), invalid.getMessage());
  }

  // ------------------------------------------------------------------ profiles of profiles

  @Test
  void aProfileImportingAProfileResolvesThroughIt() throws Exception {
    OscalDocument base =
        documents.read(
            Samples.utf8(
                Samples.profile(
                    "Base profile",
                    "{"
                        + CATALOG
                        + ", \"include-controls\": [{\"with-child-controls\": \"yes\", \"with-ids\": [\"sr-3\", \"sr-1\"]}]}",
                    asIs(),
                    "{\"set-parameters\": [{\"param-id\": \"sr-01_odp.01\", \"values\": [\"monthly\"]}]}",
                    null)));
    String resource = UUID.randomUUID().toString();
    OscalDocument tailored =
        documents.read(
            Samples.utf8(
                Samples.profile(
                    "Tailored profile",
                    "{\"href\": \"#"
                        + resource
                        + "\", \"include-all\": {}, \"exclude-controls\": [{\"with-ids\": [\"sr-3.3\"]}]}",
                    asIs(),
                    "{\"alters\": [{\"control-id\": \"sr-3\", \"adds\": [{\"position\": \"ending\", \"parts\": [{\"id\": \"sr-3_tailored\", \"name\": \"overview\", \"prose\": \"Tailored.\"}]}]}]}",
                    "{\"uuid\": \""
                        + resource
                        + "\", \"title\": \"The base\", \"rlinks\": [{\"href\": \"https://standards.example/base.json\"}]}")));

    assertEquals(
        List.of(
            new ImportRef(
                "#" + resource, List.of("https://standards.example/base.json"), "The base")),
        tailored.imports());
    ResolvedCatalog resolved =
        resolution.resolve(
            tailored,
            Samples.source(
                Map.of("https://standards.example/base.json", base, "catalog.json", catalog)));

    assertEquals(List.of("sr-1", "sr-3", "sr-3.1", "sr-3.2"), ids(resolved.catalog()));
    assertEquals(
        List.of("monthly"),
        resolved.catalog().control("sr-1").orElseThrow().params().get(0).values());
    assertTrue(
        ids(resolved.catalog().control("sr-3").orElseThrow().parts()).contains("sr-3_tailored"));
    assertEquals("Tailored profile", resolved.catalog().title());
    // the resolved JSON is a valid OSCAL catalog giving the same model
    Catalog reread = documents.catalogOf(documents.read(resolved.json()));
    assertEquals(ids(resolved.catalog()), ids(reread));
    JsonNode json = new ObjectMapper().readTree(resolved.json());
    assertEquals("Tailored profile", json.at("/catalog/metadata/title").asText());
  }

  @Test
  void aMissingImportIsRefusedNamingItsLocations() {
    String resource = UUID.randomUUID().toString();
    OscalDocument profile =
        documents.read(
            Samples.utf8(
                Samples.profile(
                    "Orphan profile",
                    "{\"href\": \"#" + resource + "\", \"include-all\": {}}",
                    null,
                    null,
                    "{\"uuid\": \""
                        + resource
                        + "\", \"rlinks\": [{\"href\": \"https://standards.example/gone.json\"}, {\"href\": \"https://standards.example/gone.xml\"}]}")));

    OscalInvalid invalid =
        assertThrows(
            OscalInvalid.class,
            () -> resolution.resolve(profile, Samples.source(Map.of("catalog.json", catalog))));

    assertEquals(
        "import #"
            + resource
            + " names no stored catalog or profile: https://standards.example/gone.json, https://standards.example/gone.xml",
        invalid.getMessage());
  }

  @Test
  void profilesImportingEachOtherAreRefusedNamingTheCycle() {
    String ra = UUID.randomUUID().toString();
    String rb = UUID.randomUUID().toString();
    OscalDocument a =
        documents.read(
            Samples.utf8(
                Samples.profile(
                    "Profile A",
                    "{\"href\": \"#" + rb + "\", \"include-all\": {}}",
                    null,
                    null,
                    "{\"uuid\": \"" + rb + "\", \"rlinks\": [{\"href\": \"b.json\"}]}")));
    OscalDocument b =
        documents.read(
            Samples.utf8(
                Samples.profile(
                    "Profile B",
                    "{\"href\": \"#" + ra + "\", \"include-all\": {}}",
                    null,
                    null,
                    "{\"uuid\": \"" + ra + "\", \"rlinks\": [{\"href\": \"a.json\"}]}")));

    OscalInvalid invalid =
        assertThrows(
            OscalInvalid.class,
            () -> resolution.resolve(a, Samples.source(Map.of("a.json", a, "b.json", b))));

    assertEquals(
        "profiles import each other: \"Profile A\" → \"Profile B\" → \"Profile A\"",
        invalid.getMessage());
  }

  @Test
  void aProfileImportingItselfIsACycle() {
    OscalDocument self =
        documents.read(
            Samples.utf8(
                Samples.profile("{\"href\": \"self.json\", \"include-all\": {}}", null, null)));

    OscalInvalid invalid =
        assertThrows(
            OscalInvalid.class,
            () -> resolution.resolve(self, Samples.source(Map.of("self.json", self))));

    assertTrue(
        invalid.getMessage().startsWith("profiles import each other: "), invalid.getMessage());
  }

  @Test
  void onlyProfilesAreResolved() {
    assertThrows(
        OscalInvalid.class, () -> resolution.resolve(catalog, ref -> java.util.Optional.empty()));
    assertFalse(catalog.imports().iterator().hasNext());
  }
}
