package org.scrmportal.baseline.oscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scrmportal.platform.DomainException;

/**
 * Validation against the OSCAL schemas and the Metaschema constraints of OSCAL 1.1.3; every problem
 * names where it is.
 */
class OscalValidationTest {

  private final OscalDocuments documents = new OscalDocuments();

  @Test
  void aControlWithoutItsRequiredTitleIsRefusedNamingTheControl() {
    String json = Samples.CATALOG_JSON.replace("\"title\": \"Diverse Supply Base\",", "");

    OscalInvalid invalid =
        assertThrows(OscalInvalid.class, () -> documents.read(Samples.utf8(json)));

    assertEquals(DomainException.Kind.INVALID, invalid.kind());
    assertTrue(
        invalid.problems().stream()
            .anyMatch(
                p ->
                    p.path().equals("/catalog/groups/0/controls/2/controls/0")
                        && p.message().contains("title")),
        invalid.problems().toString());
  }

  @Test
  void aControlWithABadIdIsRefusedNamingTheId() {
    String json = Samples.CATALOG_JSON.replace("\"id\": \"sr-3.2\"", "\"id\": \"sr 3/2\"");

    OscalInvalid invalid =
        assertThrows(OscalInvalid.class, () -> documents.read(Samples.utf8(json)));

    assertTrue(
        invalid.problems().stream()
            .anyMatch(p -> p.path().equals("/catalog/groups/0/controls/2/controls/1/id")),
        invalid.problems().toString());
  }

  @Test
  void aControlWithABadIdInXmlIsRefusedNamingTheElement() {
    String xml = Samples.CATALOG_XML.replace("id=\"sr-3.2\"", "id=\"sr 3/2\"");

    OscalInvalid invalid =
        assertThrows(OscalInvalid.class, () -> documents.read(Samples.utf8(xml)));

    assertTrue(
        invalid.problems().stream()
            .anyMatch(p -> p.path().startsWith("/catalog[1]/group[1]/control[3]/control[2]")),
        invalid.problems().toString());
  }

  @Test
  void twoControlsWithTheSameIdBreakTheConstraintsNamingTheSecond() {
    // schema-valid, but OSCAL's index constraint wants unique ids in a catalog
    String json = Samples.CATALOG_JSON.replace("\"id\": \"ac-1\"", "\"id\": \"sr-1\"");

    OscalInvalid invalid =
        assertThrows(OscalInvalid.class, () -> documents.read(Samples.utf8(json)));

    assertTrue(invalid.getMessage().contains("constraints"), invalid.getMessage());
    assertTrue(
        invalid.problems().stream()
            .anyMatch(p -> p.path().startsWith("/catalog/groups/1/controls/0")),
        invalid.problems().toString());
  }

  @Test
  void aPropertyValueOscalDoesNotAllowIsRefusedInYamlWithAJsonPointer() {
    String yamlWithProp =
        Samples.CATALOG_YAML.replace(
            "  - id: ac\n      class: family\n      title: Access Control\n",
            "  - id: ac\n      class: family\n      title: Access Control\n      props: [{name: status, value: sleepy}]\n");
    assertFalse(yamlWithProp.equals(Samples.CATALOG_YAML), "the sample changed");

    OscalInvalid invalid =
        assertThrows(OscalInvalid.class, () -> documents.read(Samples.utf8(yamlWithProp)));

    assertTrue(
        invalid.problems().stream().anyMatch(p -> p.path().startsWith("/catalog/groups/1/props/0")),
        invalid.problems().toString());
  }

  @Test
  void aDocumentWhoseRootIsNoOscalModelIsRefused() {
    OscalInvalid json =
        assertThrows(
            OscalInvalid.class,
            () -> documents.read(Samples.utf8("{\"system-security-plan\": {\"uuid\": \"x\"}}")));
    assertTrue(
        json.problems().get(0).path().equals("/system-security-plan"), json.problems().toString());
    assertTrue(json.getMessage().contains("catalog, profile, component-definition"));

    OscalInvalid xml =
        assertThrows(
            OscalInvalid.class,
            () -> documents.read(Samples.utf8("<catalog xmlns=\"urn:not-oscal\"/>")));
    assertEquals("/catalog", xml.problems().get(0).path());

    assertThrows(OscalInvalid.class, () -> documents.read(Samples.utf8("just: text")));
    assertThrows(OscalInvalid.class, () -> documents.read(Samples.utf8("[1, 2]")));
    assertThrows(OscalInvalid.class, () -> documents.read(new byte[0]));
  }

  @Test
  void malformedInputIsRefusedInEachFormat() {
    assertThrows(OscalInvalid.class, () -> documents.read(Samples.utf8("{\"catalog\": {")));
    assertThrows(
        OscalInvalid.class, () -> documents.read(Samples.utf8("<catalog><metadata></catalog>")));
    assertThrows(OscalInvalid.class, () -> documents.read(Samples.utf8("catalog: [unclosed")));
  }

  @Test
  void duplicateJsonKeysAreRefused() {
    String json =
        Samples.CATALOG_JSON.replace(
            "\"version\": \"1.0\",", "\"version\": \"1.0\", \"version\": \"2.0\",");

    OscalInvalid invalid =
        assertThrows(OscalInvalid.class, () -> documents.read(Samples.utf8(json)));

    assertTrue(invalid.getMessage().contains("version"), invalid.getMessage());
  }
}
