package org.scrmportal.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scrmportal.baseline.oscal.Catalog;
import org.scrmportal.baseline.oscal.Control;
import org.scrmportal.baseline.oscal.OscalDocuments;

/** The rows a catalog gives, on the NIST SP 800-53 rev5 HIGH baseline, and the import names. */
class ControlRowsTest {

  private static Catalog high() throws IOException {
    try (InputStream in =
        ControlRowsTest.class.getResourceAsStream(
            "/oscal/nist-sp800-53r5/NIST_SP-800-53_rev5_HIGH-baseline-resolved-profile_catalog-min.json")) {
      OscalDocuments documents = new OscalDocuments();
      return documents.catalogOf(documents.read(in.readAllBytes()));
    }
  }

  @Test
  void everyControlOnceInOrderWithFamilyLabelAndParent() throws IOException {
    Catalog catalog = high();
    List<OscalControl.Row> rows = ControlRows.of(catalog);
    assertEquals(
        catalog.allControls().stream().map(Control::id).toList(),
        rows.stream().map(OscalControl.Row::controlId).toList());
    OscalControl.Row sr21 =
        rows.stream().filter(r -> r.controlId().equals("sr-2.1")).findFirst().orElseThrow();
    assertEquals("SR-2(1)", sr21.label(), "the plain label, not the zero-padded one");
    assertEquals("sr", sr21.family());
    assertEquals("Supply Chain Risk Management", sr21.familyTitle());
    assertEquals("sr-2", sr21.parentId());
    OscalControl.Row sr3 =
        rows.stream().filter(r -> r.controlId().equals("sr-3")).findFirst().orElseThrow();
    assertNull(sr3.parentId());
    assertTrue(sr3.searchText().contains("supply chain controls and processes"));
    assertTrue(sr3.searchText().contains("establish a process or processes"), "prose too");
    assertEquals(sr3.searchText().toLowerCase(), sr3.searchText());
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(i, rows.get(i).position());
    }
    Control detail = ControlRows.control(sr3.detailJson());
    assertEquals("sr-3", detail.id());
    assertTrue(detail.params().size() >= 4, "parameters kept for display");
    assertTrue(detail.controls().isEmpty(), "enhancements are rows of their own");
  }

  @Test
  void aRepeatedIdIsStoredOnce() {
    Control c = new Control("x-1", null, "X", null, null, null, null, null);
    Catalog catalog = new Catalog("u", "t", "1", null, null, List.of(c, c));
    assertEquals(1, ControlRows.of(catalog).size());
  }

  @Test
  void fileNamesNameSeries() {
    assertEquals(
        Optional.of("NIST_SP-800-53_rev5_catalog"),
        StoredImports.fileName(
            "../../../../nist.gov/SP800-53/rev5/json/NIST_SP-800-53_rev5_catalog.json"));
    assertEquals(Optional.of("cat"), StoredImports.fileName("https://x.example/a/cat.YAML?x=1#f"));
    assertEquals(Optional.of("cat"), StoredImports.fileName("cat"));
    assertEquals(Optional.empty(), StoredImports.fileName("https://x.example/a/"));
    assertEquals(Optional.empty(), StoredImports.fileName("a name with blanks.json"));
  }
}
