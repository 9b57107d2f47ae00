package org.scrmportal.baseline.oscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading the three OSCAL formats into one model (OSCAL 1.1: JSON, XML and YAML are equivalent).
 */
class OscalDocumentsReadTest {

  private final OscalDocuments documents = new OscalDocuments();

  @Test
  void theSameCatalogInJsonXmlAndYamlGivesTheSameModel() {
    OscalDocument json = documents.read(Samples.utf8(Samples.CATALOG_JSON));
    OscalDocument xml = documents.read(Samples.utf8(Samples.CATALOG_XML));
    OscalDocument yaml = documents.read(Samples.utf8(Samples.CATALOG_YAML));

    assertEquals(OscalFormat.JSON, json.format());
    assertEquals(OscalFormat.XML, xml.format());
    assertEquals(OscalFormat.YAML, yaml.format());
    Catalog fromJson = documents.catalogOf(json);
    assertEquals(fromJson, documents.catalogOf(xml));
    assertEquals(fromJson, documents.catalogOf(yaml));
    // and the JSON each one gives reads back into the same model
    assertEquals(fromJson, documents.catalogOf(documents.read(xml.json())));
    assertEquals(fromJson, documents.catalogOf(documents.read(yaml.json())));
  }

  @Test
  void metadataOfTheDocument() {
    OscalDocument doc = documents.read(Samples.utf8(Samples.CATALOG_XML));

    assertEquals(OscalKind.CATALOG, doc.kind());
    assertEquals(Samples.CATALOG_UUID, doc.uuid());
    assertEquals("Sample supply chain catalog", doc.title());
    assertEquals("1.0", doc.version());
    assertEquals("1.1.3", doc.oscalVersion());
    assertEquals(Instant.parse("2026-01-15T10:00:00Z"), doc.lastModified());
    assertEquals(List.of(), doc.imports());
  }

  @Test
  void theModelKeepsOrderParametersPartsAndEnhancements() {
    Catalog catalog = documents.catalogOf(documents.read(Samples.utf8(Samples.CATALOG_JSON)));

    assertEquals(
        List.of(
            "sr-1", "sr-2", "sr-2.1", "sr-3", "sr-3.1", "sr-3.2", "sr-3.3", "ac-1", "ac-2",
            "ac-2.1"),
        catalog.allControls().stream().map(Control::id).toList());
    Control sr1 = catalog.control("sr-1").orElseThrow();
    assertEquals("SR-1", sr1.label());
    assertEquals("Policy and Procedures", sr1.title());
    assertEquals("frequency", sr1.params().get(0).label());
    assertEquals(List.of("at least annually"), sr1.params().get(0).guidelines());
    Select select = sr1.params().get(1).select();
    assertEquals("one-or-more", select.howMany());
    assertEquals(List.of("organization-level", "system-level"), select.choices());
    assertNull(sr1.params().get(0).select());
    assertEquals(
        "Review the policy {{ insert: param, sr-01_odp.01 }} at the {{ insert: param, sr-01_odp.02 }}.",
        sr1.parts().get(0).prose());
    assertEquals("SR-2(1)", catalog.control("sr-2.1").orElseThrow().label());
    assertEquals(
        List.of("item", "item"),
        catalog.control("sr-2").orElseThrow().parts().get(0).parts().stream()
            .map(Part::name)
            .toList());
    assertEquals("sr", catalog.familyOf("sr-3.2").orElseThrow());
    assertEquals("ac", catalog.familyOf("ac-2.1").orElseThrow());
    assertTrue(catalog.familyOf("zz-1").isEmpty());
  }

  @Test
  void formatDetectionByTheFirstNonBlankCharacter() {
    assertEquals(OscalFormat.JSON, OscalFormat.detect(Samples.utf8("  \n {\"a\":1}")));
    assertEquals(OscalFormat.XML, OscalFormat.detect(Samples.utf8("\uFEFF<catalog/>")));
    assertEquals(OscalFormat.YAML, OscalFormat.detect(Samples.utf8("\ncatalog:\n  uuid: x")));
  }
}
