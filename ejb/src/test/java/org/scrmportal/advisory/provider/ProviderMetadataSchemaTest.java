package org.scrmportal.advisory.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CSAF 2.0 section 7.1.7 (requirement 7): the provider metadata validates against the OASIS
 * provider schema (bundled, with the CSAF schema its publisher comes from), names the role of a
 * trusted provider (section 7.2.3) and the portal's public key.
 */
class ProviderMetadataSchemaTest {

  private static final URI BASE = URI.create("https://portal.example:8443/.well-known/csaf/");
  private static final String FINGERPRINT = "8F5F267907B2C4559DB360DB2294BA7D2B2298B1";

  private static ObjectNode metadata() {
    return ProviderDocuments.providerMetadata(
        BASE,
        new ProviderDocuments.Publisher(
            "coordinator", "SCRM Portal", "https://portal.example", "psirt@portal.example"),
        "SCRM Portal",
        FINGERPRINT,
        Instant.parse("2026-11-29T12:00:00Z"),
        true,
        true);
  }

  @Test
  void theProviderMetadataIsValid() {
    List<String> errors = ProviderMetadataSchema.bundled().validate(metadata());
    assertEquals(List.of(), errors);
  }

  @Test
  void itIsATrustedProviderWithItsKeyFeedsAndDirectories() {
    JsonNode m = metadata();
    assertEquals("csaf_trusted_provider", m.path("role").asText());
    assertEquals(BASE + "provider-metadata.json", m.path("canonical_url").asText());
    assertEquals(FINGERPRINT, m.at("/public_openpgp_keys/0/fingerprint").asText());
    assertEquals(
        BASE + "openpgp/" + FINGERPRINT + ".asc", m.at("/public_openpgp_keys/0/url").asText());
    assertEquals(BASE + "white/", m.at("/distributions/0/directory_url").asText());
    assertEquals(BASE + "red/", m.at("/distributions/3/directory_url").asText());
    JsonNode feeds = m.at("/distributions/4/rolie/feeds");
    assertEquals(4, feeds.size());
    assertEquals("WHITE", feeds.get(0).path("tlp_label").asText());
    assertEquals(BASE + "white/feed-tlp-white.json", feeds.get(0).path("url").asText());
    assertEquals("RED", feeds.get(3).path("tlp_label").asText());
    assertEquals(BASE + "service.json", m.at("/distributions/4/rolie/services/0").asText());
    assertEquals("2.0", m.path("metadata_version").asText());
    assertEquals("SCRM Portal", m.at("/publisher/name").asText());
  }

  @Test
  void theSchemaCatchesWhatIsWrong() {
    ObjectNode noRole = metadata();
    noRole.remove("role");
    assertFalse(ProviderMetadataSchema.bundled().validate(noRole).isEmpty());
    ObjectNode badKey = metadata();
    ((ObjectNode) badKey.at("/public_openpgp_keys/0")).put("fingerprint", "ABC");
    assertFalse(ProviderMetadataSchema.bundled().validate(badKey).isEmpty());
    ObjectNode badPublisher = metadata();
    ((ObjectNode) badPublisher.path("publisher")).put("category", "nobody");
    List<String> errors = ProviderMetadataSchema.bundled().validate(badPublisher);
    assertTrue(errors.stream().anyMatch(e -> e.startsWith("/publisher")), errors::toString);
    ObjectNode badDate = metadata();
    badDate.put("last_updated", "yesterday");
    assertFalse(ProviderMetadataSchema.bundled().validate(badDate).isEmpty());
  }
}
