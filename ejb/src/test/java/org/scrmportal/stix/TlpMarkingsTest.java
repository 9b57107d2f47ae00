package org.scrmportal.stix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scrmportal.platform.TlpLevel;

class TlpMarkingsTest {

  private static final StixId STATEMENT =
      StixId.of("marking-definition--a1b2c3d4-0000-4000-8000-000000000001");

  private static Optional<TlpMarking> of(StixId... refs) {
    return TlpMarkings.mostRestrictive(List.of(refs), List.of());
  }

  @Test
  void theMostRestrictiveLevelWins() {
    assertEquals(
        Optional.of(TlpMarking.AMBER_STRICT),
        of(
            TlpMarking.GREEN.tlp2MarkingDefinition(),
            TlpMarking.AMBER_STRICT.tlp2MarkingDefinition(),
            TlpMarking.CLEAR.tlp2MarkingDefinition()));
    assertEquals(Optional.of(TlpMarking.RED), of(TlpMarking.RED.tlp2MarkingDefinition()));
  }

  @Test
  void tlp1IdsMapOntoTlp2Levels() {
    assertEquals(Optional.of(TlpMarking.CLEAR), of(Stix.TLP1_WHITE));
    assertEquals(Optional.of(TlpMarking.GREEN), of(Stix.TLP1_GREEN));
    assertEquals(Optional.of(TlpMarking.AMBER), of(Stix.TLP1_AMBER));
    assertEquals(Optional.of(TlpMarking.RED), of(Stix.TLP1_RED));
    assertEquals(
        Optional.of(TlpMarking.AMBER_STRICT),
        of(Stix.TLP1_AMBER, TlpMarking.AMBER_STRICT.tlp2MarkingDefinition()));
  }

  @Test
  void granularMarkingsCount() {
    GranularMarking red =
        new GranularMarking(Optional.of(Stix.TLP1_RED), Optional.empty(), List.of("description"));
    GranularMarking lang =
        new GranularMarking(Optional.empty(), Optional.of("fr"), List.of("name"));

    assertEquals(
        Optional.of(TlpMarking.RED),
        TlpMarkings.mostRestrictive(
            List.of(TlpMarking.GREEN.tlp2MarkingDefinition()), List.of(red, lang)));
  }

  @Test
  void unmarkedOrNonTlpMarkedContentHasNoLevel() {
    assertEquals(Optional.empty(), of());
    assertEquals(Optional.empty(), of(STATEMENT));
    assertEquals(Optional.of(TlpMarking.GREEN), of(STATEMENT, Stix.TLP1_GREEN));
  }

  @Test
  void readsAnObjectsMarkings() {
    StixObject object =
        StixObject.fromStored(
            Samples.indicator(",\"object_marking_refs\":[\"" + Stix.TLP1_AMBER + "\"]"));

    assertEquals(Optional.of(TlpMarking.AMBER), TlpMarkings.mostRestrictive(object));
    assertEquals(TlpLevel.AMBER, TlpMarkings.mostRestrictive(object).orElseThrow().level());
  }

  @Test
  void theTlp2IdsComeFromTheAccessPolicysTlpLevel() {
    for (TlpLevel level : TlpLevel.values()) {
      TlpMarking marking = TlpMarking.of(level);
      assertEquals(level, marking.level());
      assertEquals(level.stixMarkingDefinition(), marking.tlp2MarkingDefinition().value());
    }
    assertEquals(
        9, TlpMarkings.tlpMarkingDefinitions().size(), "five TLP 2.0 ids and four TLP 1.0 ids");
  }

  @Test
  void theBundledTlp2DefinitionsAreValidAndAgreeWithTlpLevel() {
    List<StixObject> definitions = TlpMarkings.tlp2Definitions();

    assertEquals(
        Set.of(TlpLevel.values()).stream()
            .map(TlpLevel::stixMarkingDefinition)
            .collect(Collectors.toSet()),
        definitions.stream().map(o -> o.id().value()).collect(Collectors.toSet()));
    for (StixObject definition : definitions) {
      TlpMarking marking = TlpMarking.of(definition.id()).orElseThrow();
      assertEquals(marking.level().label(), definition.property("name").orElseThrow().textValue());
      assertTrue(definition.extensions().contains(Stix.TLP2_EXTENSION_DEFINITION.value()));
    }
  }
}
