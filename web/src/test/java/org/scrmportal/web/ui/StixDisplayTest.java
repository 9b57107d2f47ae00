package org.scrmportal.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scrmportal.access.Decision;
import org.scrmportal.access.Marking;
import org.scrmportal.identity.People;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.TlpLevel;
import org.scrmportal.stix.store.VisibleVersion;
import org.scrmportal.taxii.TaxiiService.SeenVersion;

class StixDisplayTest {

  private static final String INDICATOR =
      "{\"type\":\"indicator\",\"spec_version\":\"2.1\","
          + "\"id\":\"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\","
          + "\"name\":\"<b>C2</b> \\\"relay\\\"\",\"pattern\":\"[ipv4-addr:value = '10.0.0.1']\","
          + "\"labels\":[\"a\",\"b\"],\"confidence\":85}";

  @Test
  void theNameIsTheObjectsNameWhenItIsAString() {
    assertEquals(Optional.of("<b>C2</b> \"relay\""), StixDisplay.name(INDICATOR));
    assertEquals(Optional.empty(), StixDisplay.name("{\"type\":\"relationship\"}"));
    assertEquals(Optional.empty(), StixDisplay.name("{\"name\":42}"));
    assertEquals(Optional.empty(), StixDisplay.name("not json"));
    assertEquals(Optional.empty(), StixDisplay.name(null));
  }

  @Test
  void prettyJsonIsIndentedAndSaysTheSame() {
    String pretty = StixDisplay.pretty(INDICATOR);

    assertTrue(pretty.startsWith("{"), pretty);
    assertTrue(pretty.lines().count() > 5, pretty);
    assertTrue(pretty.lines().anyMatch(l -> l.startsWith(" ") && l.contains("\"pattern\"")));
    assertEquals(
        Json.createReader(new StringReader(INDICATOR)).readObject(),
        Json.createReader(new StringReader(pretty)).readObject());
  }

  @Test
  void whatIsNoJsonObjectIsShownAsItCame() {
    assertEquals("[1, 2", StixDisplay.pretty("[1, 2"));
    assertEquals("[1,2]", StixDisplay.pretty("[1,2]"));
  }

  @Test
  void aTypedDateIsItsStartInUtcAndTimestampsGoAsTyped() {
    assertEquals("2024-01-31T00:00:00Z", StixDisplay.addedAfter(" 2024-01-31 "));
    assertEquals("2024-01-31T12:00:00.5Z", StixDisplay.addedAfter("2024-01-31T12:00:00.5Z"));
    assertEquals("yesterday", StixDisplay.addedAfter("yesterday"), "the query refuses it");
    assertNull(StixDisplay.addedAfter("  "));
    assertNull(StixDisplay.addedAfter(null));
  }

  @Test
  void theAudienceListsWhatTheMarkingNamesWithCommunitiesByName() {
    Marking marking =
        Marking.of(
            TlpLevel.AMBER,
            new OrganizationId("acme-components"),
            Set.of("ncsa", "northgrid-energy"),
            Set.of("c-1", "c-unknown"),
            Set.of(),
            Tier.T2);

    assertEquals(
        "author acme-components; organizations ncsa, northgrid-energy;"
            + " communities Grid component suppliers, c-unknown; tier T2 and above",
        StixDisplay.audience(marking, Map.of("c-1", "Grid component suppliers"), Map.of()));
    assertEquals(
        "author ncsa",
        StixDisplay.audience(
            Marking.of(
                TlpLevel.CLEAR, new OrganizationId("ncsa"), Set.of(), Set.of(), Set.of(), null),
            Map.of(),
            Map.of()));
  }

  @Test
  void theAudienceNamesPeopleByUserNameNeverBySubject() {
    Marking red =
        Marking.of(
            TlpLevel.RED,
            new OrganizationId("acme-components"),
            Set.of(),
            Set.of(),
            Set.of("5f0c-sub-gina", "77aa-sub-unknown"),
            null);

    assertEquals(
        "author acme-components; people " + People.NOT_SEEN_YET + ", gina",
        StixDisplay.audience(red, Map.of(), Map.of("5f0c-sub-gina", "gina")));
  }

  @Test
  void thePageShowsTheNamedVersionElseTheLatest() {
    SeenVersion first = version("2024-01-01T00:00:00.000Z", false);
    SeenVersion latest = version("2024-03-01T00:00:00.000Z", true);
    SeenVersion lateOlder = version("2024-02-01T00:00:00.000Z", false);
    List<SeenVersion> versions = List.of(first, lateOlder, latest);

    assertEquals(Optional.of(first), StixDisplay.select(versions, "2024-01-01T00:00:00.000Z"));
    assertEquals(Optional.of(latest), StixDisplay.select(versions, null));
    assertEquals(Optional.of(latest), StixDisplay.select(versions, "2023-01-01T00:00:00.000Z"));
    assertEquals(
        Optional.of(lateOlder),
        StixDisplay.select(List.of(first, lateOlder), " "),
        "without a latest one, the newest");
    assertEquals(Optional.empty(), StixDisplay.select(List.of(), null));
  }

  @Test
  void theTypeFilterOffersEveryDefinedTypeInOrder() {
    assertTrue(StixDisplay.TYPES.containsAll(List.of("indicator", "relationship", "ipv4-addr")));
    assertEquals(StixDisplay.TYPES.stream().sorted().toList(), StixDisplay.TYPES);
  }

  private static SeenVersion version(String version, boolean latest) {
    return new SeenVersion(
        new VisibleVersion(
            "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
            version,
            Instant.parse("2024-04-01T00:00:00Z"),
            latest,
            false,
            "alice",
            null,
            INDICATOR),
        new Decision(true, "author", "Your organization, acme-components, authored it."));
  }
}
