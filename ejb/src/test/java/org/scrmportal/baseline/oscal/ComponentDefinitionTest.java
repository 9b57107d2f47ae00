package org.scrmportal.baseline.oscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Component definitions (OSCAL 1.1 component definition model): our model, writing, reading. */
class ComponentDefinitionTest {

  private final OscalDocuments documents = new OscalDocuments();

  private static String uuid() {
    return UUID.randomUUID().toString();
  }

  private static ComponentDefinition sample() {
    List<ImplementedRequirement> requirements =
        List.of(
            new ImplementedRequirement(
                uuid(), "sr-3", ImplementationStatus.IMPLEMENTED, "We run a *documented* process."),
            new ImplementedRequirement(
                uuid(), "sr-3.1", ImplementationStatus.PARTIAL, "Two suppliers for key parts."),
            new ImplementedRequirement(
                uuid(), "sr-2", ImplementationStatus.PLANNED, "Plan due in Q3."),
            new ImplementedRequirement(
                uuid(), "sr-2.1", ImplementationStatus.ALTERNATIVE, "Shared team."),
            new ImplementedRequirement(uuid(), "ac-2.1", ImplementationStatus.NOT_APPLICABLE, ""));
    return new ComponentDefinition(
        uuid(),
        "Acme PLC firmware attestation " + uuid(),
        "2026.1",
        List.of(
            new Component(
                uuid(),
                "software",
                "Acme PLC firmware",
                "The firmware of the Acme PLC line.",
                List.of(
                    new ControlImplementation(
                        uuid(),
                        "https://standards.example/NIST_SP-800-53_rev5_HIGH-baseline",
                        "How Acme meets the HIGH baseline.",
                        requirements)))));
  }

  @Test
  void aWrittenComponentDefinitionIsValidOscalAndReadsBackEqual() {
    ComponentDefinition written = sample();

    byte[] json = documents.write(written);
    OscalDocument document = documents.read(json);

    assertEquals(OscalKind.COMPONENT_DEFINITION, document.kind());
    assertEquals(written.uuid(), document.uuid());
    assertEquals(ComponentDefinitionWriter.OSCAL_VERSION, document.oscalVersion());
    assertEquals(written, documents.componentDefinitionOf(document));
  }

  @Test
  void theStatusIsAnImplementationStatusPropInOurNamespace() throws Exception {
    byte[] json = documents.write(sample());

    JsonNode requirement =
        new ObjectMapper()
            .readTree(json)
            .at(
                "/component-definition/components/0/control-implementations/0/implemented-requirements/4");
    assertEquals("ac-2.1", requirement.get("control-id").asText());
    JsonNode prop = requirement.get("props").get(0);
    assertEquals("implementation-status", prop.get("name").asText());
    assertEquals("not-applicable", prop.get("value").asText());
    assertEquals("https://scrmportal.org/ns/oscal", prop.get("ns").asText());
  }

  @Test
  void oscalsConstraintsRefuseTheStatusPropInTheOscalNamespace() {
    // why the status lives in our namespace: OSCAL 1.1.3 allows only "marking" there
    String json =
        new String(documents.write(sample()), java.nio.charset.StandardCharsets.UTF_8)
            .replace("\"https://scrmportal.org/ns/oscal\"", "\"http://csrc.nist.gov/ns/oscal\"");

    OscalInvalid invalid =
        assertThrows(OscalInvalid.class, () -> documents.read(Samples.utf8(json)));

    assertTrue(
        invalid.problems().stream()
            .anyMatch(
                p ->
                    p.path().endsWith("/implemented-requirements/0/props/0/name")
                        && p.message().contains("implementation-status")),
        invalid.problems().toString());
  }

  @Test
  void withoutAStatusARequirementWithADescriptionIsImplementedAndOneWithoutIsPlanned() {
    String json =
        """
        {"component-definition": {
          "uuid": "%s",
          "metadata": {"title": "No status", "last-modified": "2026-01-15T10:00:00Z",
                       "version": "1", "oscal-version": "1.1.3"},
          "components": [{
            "uuid": "%s", "type": "service", "title": "Portal", "description": "A service.",
            "control-implementations": [{
              "uuid": "%s", "source": "https://standards.example/catalog", "description": "All.",
              "implemented-requirements": [
                {"uuid": "%s", "control-id": "sr-1", "description": "Done like this."},
                {"uuid": "%s", "control-id": "sr-2", "description": "Not stated."}
              ]}]}]}}
        """
            .formatted(uuid(), uuid(), uuid(), uuid(), uuid());

    ComponentDefinition definition =
        documents.componentDefinitionOf(documents.read(Samples.utf8(json)));

    List<ImplementedRequirement> requirements =
        definition.components().get(0).implementations().get(0).requirements();
    assertEquals(ImplementationStatus.IMPLEMENTED, requirements.get(0).status());
    assertEquals("Done like this.", requirements.get(0).statement());
    assertEquals(ImplementationStatus.PLANNED, requirements.get(1).status());
    assertEquals("", requirements.get(1).statement());
  }

  @Test
  void nistsExampleComponentDefinitionReads() {
    OscalDocument document =
        documents.read(Nist.bytes("/oscal/samples/example-component-definition.json"));

    ComponentDefinition definition = documents.componentDefinitionOf(document);

    assertEquals("MongoDB Component Definition Example", definition.title());
    assertEquals(1, definition.components().size());
    Component mongo = definition.components().get(0);
    assertEquals("service", mongo.type());
    assertTrue(mongo.title().contains("MongoDB"), mongo.title());
    List<ImplementedRequirement> requirements = mongo.implementations().get(0).requirements();
    assertFalse(requirements.isEmpty());
    // NIST's example carries no status prop: described requirements count as implemented
    assertTrue(requirements.stream().allMatch(r -> r.status() == ImplementationStatus.IMPLEMENTED));
    assertTrue(requirements.stream().allMatch(r -> !r.controlId().isBlank()));
  }

  @Test
  void catalogOfAndComponentDefinitionOfCheckTheKind() {
    OscalDocument catalog = documents.read(Samples.utf8(Samples.CATALOG_JSON));
    OscalDocument definition = documents.read(documents.write(sample()));

    assertThrows(IllegalArgumentException.class, () -> documents.componentDefinitionOf(catalog));
    assertThrows(IllegalArgumentException.class, () -> documents.catalogOf(definition));
  }

  @Test
  void statusValuesAreOscalTokens() {
    assertEquals("not-applicable", ImplementationStatus.NOT_APPLICABLE.value());
    for (ImplementationStatus status : ImplementationStatus.values()) {
      assertEquals(status, ImplementationStatus.fromValue(status.value()).orElseThrow());
    }
    assertTrue(ImplementationStatus.fromValue("done").isEmpty());
  }
}
