package org.scrmportal.baseline.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExternalReferencesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static ExternalReferences.Found of(String refs) throws Exception {
    return ExternalReferences.of(
        JSON.readTree("{\"type\":\"attack-pattern\",\"external_references\":" + refs + "}"));
  }

  @Test
  void aReferenceNamingACatalogAndControlIsACitation() throws Exception {
    ExternalReferences.Found f =
        of(
            "[{\"source_name\":\"NIST SP 800-53\",\"external_id\":\"SR-3\"},"
                + "{\"source_name\":\"NIST SP 800-53 Rev. 5\",\"url\":\"https://x#SR-11(1)\"}]");
    assertEquals(
        Set.of(
            new Citations.Citation("NIST SP 800-53", "sr-3"),
            new Citations.Citation("NIST SP 800-53 Rev. 5", "sr-11.1")),
        f.citations());
    assertEquals(Set.of(), f.schemeIds());
  }

  @Test
  void attackCapecAndCweIdsAreSchemeIdsNotCitations() throws Exception {
    ExternalReferences.Found f =
        of(
            "[{\"source_name\":\"mitre-attack\",\"external_id\":\"T1195.002\"},"
                + "{\"source_name\":\"capec\",\"external_id\":\"CAPEC-437\"},"
                + "{\"source_name\":\"cwe\",\"external_id\":\"cwe-79\"},"
                + "{\"source_name\":\"cve\",\"external_id\":\"CVE-2024-1234\"}]");
    assertEquals(
        Set.of(
            new ExternalReferences.SchemeId(MappingScheme.ATTACK, "T1195.002"),
            new ExternalReferences.SchemeId(MappingScheme.CAPEC, "CAPEC-437"),
            new ExternalReferences.SchemeId(MappingScheme.CWE, "CWE-79")),
        f.schemeIds());
    assertEquals(Set.of(), f.citations());
  }

  @Test
  void referencesWithoutASourceOrAControlNameNothing() throws Exception {
    ExternalReferences.Found f =
        of(
            "[{\"external_id\":\"SR-3\"},{\"source_name\":\"vendor\",\"url\":\"https://x/a\"},"
                + "{\"source_name\":\"mitre-attack\",\"external_id\":\"not-a-technique\"}]");
    assertEquals(true, f.isEmpty());
  }
}
