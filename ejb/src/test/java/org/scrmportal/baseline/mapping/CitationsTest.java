package org.scrmportal.baseline.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CitationsTest {

  private static final Set<String> NAMES =
      Set.of("NIST SP 800-53", "NIST SP 800-53 Rev. 5", "NIST_SP-800-53_rev5", "ISO/IEC 27036");

  @Test
  void controlIdsAndLabelsAreNormalized() {
    assertEquals(Optional.of("sr-3"), Citations.controlId("SR-3"));
    assertEquals(Optional.of("sr-3.1"), Citations.controlId("SR-3(1)"));
    assertEquals(Optional.of("sr-3.1"), Citations.controlId("SR-3 (1)"));
    assertEquals(Optional.of("sr-3.1"), Citations.controlId("sr-3.1"));
    assertEquals(Optional.empty(), Citations.controlId("T1195.002"));
    assertEquals(Optional.empty(), Citations.controlId("CWE-79"));
    assertEquals(Optional.empty(), Citations.controlId("CAPEC-437"));
    assertEquals(Optional.empty(), Citations.controlId("SR-3 and more"));
  }

  @Test
  void aCatalogNameBeforeAControlIsACitation() {
    List<Citations.Citation> found =
        Citations.inText("Apply NIST SP 800-53 SR-11 (component authenticity) now.", NAMES);
    assertEquals(List.of(new Citations.Citation("nist sp 800-53", "sr-11")), found);
  }

  @Test
  void theLongestNameThatFitsWinsAndCaseDoesNotMatter() {
    assertEquals(
        List.of(new Citations.Citation("nist sp 800-53 rev. 5", "sr-3.1")),
        Citations.inText("see nist sp 800-53 rev. 5 SR-3(1).", NAMES));
  }

  @Test
  void controlsListedAfterACitationBelongToTheSameCatalog() {
    assertEquals(
        List.of(
            new Citations.Citation("nist sp 800-53", "sr-3"),
            new Citations.Citation("nist sp 800-53", "sr-11"),
            new Citations.Citation("nist sp 800-53", "sr-5")),
        Citations.inText("Controls NIST SP 800-53: SR-3, SR-11 and SR-5 apply.", NAMES));
  }

  @Test
  void aControlWithoutACatalogBeforeItIsNoCitation() {
    assertTrue(Citations.inText("Control SR-3 of some list; AC-2 too.", NAMES).isEmpty());
    assertTrue(Citations.inText("NIST SP 800-53 says nothing here. Later: SR-3", NAMES).isEmpty());
    // a name that only ends a longer word does not count
    assertTrue(Citations.inText("XNIST SP 800-53 SR-3", NAMES).isEmpty());
  }

  @Test
  void commonNamesMeanTheNistCatalog() {
    assertEquals(Citations.NIST_800_53_REV5, Citations.catalogOf("NIST SP 800-53"));
    assertEquals(Citations.NIST_800_53_REV5, Citations.catalogOf("  nist  sp 800-53 Rev. 5 "));
    assertEquals("My-Catalog", Citations.catalogOf("My-Catalog"));
  }

  @Test
  void aUrlFragmentMayNameTheControl() {
    assertEquals(
        Optional.of("sr-3"),
        Citations.controlInFragment("https://example.org/800-53#/control/SR-3"));
    assertEquals(Optional.of("sr-3.1"), Citations.controlInFragment("https://x#sr-3.1"));
    assertEquals(Optional.empty(), Citations.controlInFragment("https://x/SR-3"));
  }
}
