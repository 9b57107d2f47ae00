package org.scrmportal.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scrmportal.risk.StixEvidenceRepository.StixVersion;

/** Which sightings count (STIX 2.1 section 5.2) and which indicators are related to a supplier. */
class StixEvidenceTest {

  private static final Instant SINCE = Instant.parse("2026-11-01T00:00:00Z");

  private static StixVersion sighting(String id, String version, String of, String lastSeen) {
    return new StixVersion(
        id,
        Instant.parse(version),
        "{\"type\":\"sighting\",\"id\":\""
            + id
            + "\",\"created\":\"2026-10-01T00:00:00Z\",\"sighting_of_ref\":\""
            + of
            + "\""
            + (lastSeen == null ? "" : ",\"last_seen\":\"" + lastSeen + "\"")
            + "}");
  }

  private static StixVersion indicator(String id, String cve) {
    return new StixVersion(
        id,
        Instant.parse("2026-11-02T00:00:00Z"),
        "{\"type\":\"indicator\",\"id\":\""
            + id
            + "\",\"name\":\"Widget exploit\",\"external_references\":[{\"source_name\":\"cve\","
            + "\"external_id\":\""
            + cve
            + "\"}]}");
  }

  @Test
  void recentSightingsOfIndicatorsNamingTheSuppliersCves() {
    List<StixEvidence.SightingFact> sightings =
        StixEvidence.sightings(
            List.of(
                // old version seen long ago, newer version seen in the window: counts once
                sighting(
                    "sighting--1", "2026-10-02T00:00:00Z", "indicator--a", "2026-10-02T00:00:00Z"),
                sighting(
                    "sighting--1", "2026-11-05T00:00:00Z", "indicator--a", "2026-11-05T00:00:00Z"),
                // last seen before the window: does not count
                sighting(
                    "sighting--2", "2026-11-05T00:00:00Z", "indicator--a", "2026-10-20T00:00:00Z"),
                // of a malware, not an indicator
                sighting(
                    "sighting--3", "2026-11-05T00:00:00Z", "malware--x", "2026-11-05T00:00:00Z"),
                sighting(
                    "sighting--4", "2026-11-06T00:00:00Z", "indicator--b", "2026-11-06T00:00:00Z")),
            SINCE);
    assertEquals(
        List.of("sighting--4", "sighting--1"),
        sightings.stream().map(StixEvidence.SightingFact::id).toList());
    Map<String, StixEvidence.IndicatorFact> indicators =
        StixEvidence.indicators(
            List.of(
                indicator("indicator--a", "cve-2099-0001"),
                indicator("indicator--b", "CVE-2099-0002")));
    assertEquals(Set.of("CVE-2099-0001"), indicators.get("indicator--a").cves());
    List<RiskInputs.Sighting> related =
        StixEvidence.related(sightings, indicators, List.of("CVE-2099-0001"));
    assertEquals(1, related.size());
    assertEquals("sighting--1", related.get(0).sightingId());
    assertEquals("CVE-2099-0001", related.get(0).because());
    assertEquals(
        2,
        StixEvidence.related(sightings, indicators, List.of("CVE-2099-0001", "CVE-2099-0002"))
            .size());
  }
}
