package org.scrmportal.baseline.attestation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.scrmportal.baseline.PublicationView;
import org.scrmportal.baseline.oscal.ComponentDefinition;
import org.scrmportal.baseline.oscal.ImplementationStatus;
import org.scrmportal.baseline.oscal.OscalDocument;
import org.scrmportal.baseline.oscal.OscalDocuments;
import org.scrmportal.baseline.oscal.OscalFormat;
import org.scrmportal.baseline.oscal.OscalInvalid;
import org.scrmportal.baseline.oscal.OscalKind;
import org.scrmportal.platform.TlpLevel;

/** The form's component definition: valid OSCAL that reads back to what the form said. */
class FormRoundTripTest {

  private static final OscalDocuments OSCAL = new OscalDocuments();

  private static final PublicationView LOW =
      new PublicationView(
          12,
          "cyber-standards-board",
          "NIST_SP-800-53_rev5_LOW-baseline",
          3,
          OscalKind.PROFILE,
          "NIST_SP-800-53_rev5",
          "NIST SP 800-53 rev5 LOW",
          "5.1.1",
          Instant.parse("2026-01-01T00:00:00Z"),
          149,
          TlpLevel.CLEAR);

  private static final Function<String, Optional<String>> KNOWN =
      named ->
          Optional.ofNullable(
              Map.of("ac-1", "ac-1", "sr-3", "sr-3", "sr-11.1", "sr-11.1", "pe-1", "pe-1")
                  .get(named));

  @Test
  void whatTheFormSaysReadsBackFromTheWrittenComponentDefinition() {
    List<Statement> said =
        List.of(
            new Statement("ac-1", ImplementationStatus.IMPLEMENTED, "Policies *reviewed* yearly."),
            new Statement("sr-3", ImplementationStatus.PARTIAL, "Half of our suppliers."),
            new Statement("sr-11.1", ImplementationStatus.PLANNED, ""),
            new Statement("pe-1", ImplementationStatus.NOT_APPLICABLE, "No premises."));
    ComponentDefinition form =
        ComponentDefinitions.fromForm("Acme Components GmbH", "Widget", LOW, said);
    byte[] written = OSCAL.write(form);
    assertEquals(OscalFormat.JSON, OscalFormat.detect(written));

    OscalDocument read = OSCAL.read(written);
    assertEquals(OscalKind.COMPONENT_DEFINITION, read.kind());
    ComponentDefinition back = OSCAL.componentDefinitionOf(read);
    assertEquals(form.title(), back.title());
    assertEquals("Widget", back.components().get(0).title());
    assertEquals("software", back.components().get(0).type());
    assertEquals(
        "/api/baselines/12/content", back.components().get(0).implementations().get(0).source());
    assertEquals(said, ComponentDefinitions.statements(back, OscalFormat.JSON, KNOWN, "LOW"));
  }

  @Test
  void theOrganizationAsAWholeIsTheComponentWithoutAProduct() {
    ComponentDefinition form =
        ComponentDefinitions.fromForm(
            "Acme Components GmbH",
            null,
            LOW,
            List.of(new Statement("ac-1", ImplementationStatus.IMPLEMENTED, "yes")));
    ComponentDefinition back = OSCAL.componentDefinitionOf(OSCAL.read(OSCAL.write(form)));
    assertEquals("Acme Components GmbH", back.components().get(0).title());
    assertEquals("this-system", back.components().get(0).type());
  }

  @Test
  void anUploadNamingAControlOutsideTheBaselineIsRefusedWithItsPath() {
    String json =
        new String(
            OSCAL.write(
                ComponentDefinitions.fromForm(
                    "Acme",
                    "Widget",
                    LOW,
                    List.of(
                        new Statement("ac-1", ImplementationStatus.IMPLEMENTED, "yes"),
                        new Statement("sr-6", ImplementationStatus.IMPLEMENTED, "not LOW")))),
            StandardCharsets.UTF_8);
    ComponentDefinition read =
        OSCAL.componentDefinitionOf(OSCAL.read(json.getBytes(StandardCharsets.UTF_8)));
    OscalInvalid refused =
        assertThrows(
            OscalInvalid.class,
            () -> ComponentDefinitions.statements(read, OscalFormat.JSON, KNOWN, "LOW"));
    assertEquals(
        "/component-definition/components/0/control-implementations/0/implemented-requirements/1/control-id",
        refused.problems().get(0).path());
  }
}
