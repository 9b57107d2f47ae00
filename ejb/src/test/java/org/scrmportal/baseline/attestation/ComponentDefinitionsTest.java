package org.scrmportal.baseline.attestation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.scrmportal.baseline.oscal.Component;
import org.scrmportal.baseline.oscal.ComponentDefinition;
import org.scrmportal.baseline.oscal.ControlImplementation;
import org.scrmportal.baseline.oscal.ImplementationStatus;
import org.scrmportal.baseline.oscal.ImplementedRequirement;
import org.scrmportal.baseline.oscal.OscalFormat;
import org.scrmportal.baseline.oscal.OscalInvalid;

/** Statements of a component definition, checked against the baseline's controls. */
class ComponentDefinitionsTest {

  private static final Function<String, Optional<String>> KNOWN =
      named -> Optional.ofNullable(Map.of("sr-3", "sr-3", "sr-5", "sr-5").get(named));

  private static ImplementedRequirement req(String control, ImplementationStatus status) {
    return new ImplementedRequirement("u-" + control, control, status, "about " + control);
  }

  private static ComponentDefinition definition(List<List<ImplementedRequirement>> components) {
    return new ComponentDefinition(
        "cd",
        "title",
        "1",
        components.stream()
            .map(
                reqs ->
                    new Component(
                        "c",
                        "software",
                        "t",
                        "d",
                        List.of(new ControlImplementation("i", "src", "d", reqs))))
            .toList());
  }

  @Test
  void anUnknownControlIsNamedWithItsPath() {
    ComponentDefinition cd =
        definition(
            List.of(
                List.of(req("sr-3", ImplementationStatus.IMPLEMENTED)),
                List.of(
                    req("sr-5", ImplementationStatus.PLANNED),
                    req("zz-99", ImplementationStatus.IMPLEMENTED))));
    OscalInvalid json =
        assertThrows(
            OscalInvalid.class,
            () -> ComponentDefinitions.statements(cd, OscalFormat.JSON, KNOWN, "LOW"));
    assertEquals(1, json.problems().size());
    assertEquals(
        "/component-definition/components/1/control-implementations/0/implemented-requirements/1/control-id",
        json.problems().get(0).path());
    assertTrue(json.getMessage().contains("zz-99"), json.getMessage());
    OscalInvalid xml =
        assertThrows(
            OscalInvalid.class,
            () -> ComponentDefinitions.statements(cd, OscalFormat.XML, KNOWN, "LOW"));
    assertEquals(
        "/component-definition/component[2]/control-implementation[1]/implemented-requirement[2]/@control-id",
        xml.problems().get(0).path());
  }

  @Test
  void aControlNamedTwiceTakesTheStrongestStatusAndBothStatements() {
    ComponentDefinition cd =
        definition(
            List.of(
                List.of(req("sr-3", ImplementationStatus.PLANNED)),
                List.of(
                    req("sr-3", ImplementationStatus.PARTIAL),
                    req("sr-5", ImplementationStatus.NOT_APPLICABLE))));
    List<Statement> s = ComponentDefinitions.statements(cd, OscalFormat.YAML, KNOWN, "LOW");
    assertEquals(2, s.size());
    assertEquals(
        new Statement("sr-3", ImplementationStatus.PARTIAL, "about sr-3\n\nabout sr-3"), s.get(0));
    assertEquals(ImplementationStatus.NOT_APPLICABLE, s.get(1).status());
  }

  @Test
  void aDefinitionNamingNoControlIsRefused() {
    assertThrows(
        OscalInvalid.class,
        () ->
            ComponentDefinitions.statements(
                definition(List.of(List.of())), OscalFormat.JSON, KNOWN, "LOW"));
  }
}
